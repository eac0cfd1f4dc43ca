// A first argument one typo from a subcommand is refused with a suggestion; a board file is not.
import XCTest

@testable import mlsd

final class CommandTypoTests: XCTestCase {
  private let noFiles: (String) -> Bool = { _ in false }

  func testATypoOfASubcommandIsRefusedWithASuggestion() {
    let message = CommandTypo.message(for: ["tempaltes"], fileExists: noFiles)
    XCTAssertEqual(message?.hasPrefix("mlsd: unknown command 'tempaltes' (did you mean 'templates'?)"), true)
    XCTAssertNotNil(CommandTypo.message(for: ["chekc", "b.yaml"], fileExists: noFiles))
  }

  func testBoardFilesSubcommandsAndOptionsPass() {
    XCTAssertNil(CommandTypo.message(for: ["check", "b.yaml"], fileExists: noFiles))
    XCTAssertNil(CommandTypo.message(for: ["chekc.yaml"], fileExists: noFiles))
    XCTAssertNil(CommandTypo.message(for: ["boards/chekc"], fileExists: noFiles))
    XCTAssertNil(CommandTypo.message(for: ["--help"], fileExists: noFiles))
    XCTAssertNil(CommandTypo.message(for: [], fileExists: noFiles))
    // An existing file of that name is opened as asked.
    XCTAssertNil(CommandTypo.message(for: ["chekc"], fileExists: { $0 == "chekc" }))
    // A name far from every subcommand is a new board's name.
    XCTAssertNil(CommandTypo.message(for: ["fraud-design"], fileExists: noFiles))
  }
}

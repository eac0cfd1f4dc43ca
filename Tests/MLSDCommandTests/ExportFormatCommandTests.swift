// Export formats come from one enum: every case is accepted by `mlsd export --format` and by the
// whiteboard's `:export`, and is named in the command's help, its shell completions and the
// `:export` usage message.
import ArgumentParser
import Foundation
import MLSDCore
import XCTest

@testable import mlsd

final class ExportFormatCommandTests: XCTestCase {
  func testTheCommandLineAcceptsEveryFormatInAnyCase() throws {
    for format in ExportFormat.allCases {
      for spelling in [format.rawValue, format.rawValue.uppercased()] {
        let command = try Export.parse(["board.yaml", "--format", spelling])
        XCTAssertEqual(command.format, format, spelling)
      }
    }
    XCTAssertThrowsError(try Export.parse(["board.yaml", "--format", "pptx"]))
  }

  func testTheWhiteboardAcceptsEveryFormat() throws {
    for format in ExportFormat.allCases {
      XCTAssertEqual(
        try ColonCommand.parse("export \(format.rawValue) out").get(), .export(format: format, path: "out"))
      XCTAssertEqual(
        try ColonCommand.parse("export \(format.rawValue.uppercased()) out").get(), .export(format: format, path: "out")
      )
    }
    XCTAssertEqual(try ColonCommand.parse("export review r.md").get(), .exportReview(path: "r.md"))
    guard case .failure(let error) = ColonCommand.parse("export svgg out") else { return XCTFail("svgg accepted") }
    XCTAssertTrue(error.message.hasPrefix("Unknown export format 'svgg' (did you mean 'svg'?)"), error.message)
  }

  func testEveryFormatIsNamedInTheHelpTexts() {
    let help = MLSD.helpMessage(for: Export.self, columns: 200)
    let usage = ColonCommand.exportUsage
    guard case .failure(let unknown) = ColonCommand.parse("export pptx out") else { return XCTFail("pptx accepted") }
    for format in ExportFormat.allCases {
      XCTAssertTrue(help.contains(format.rawValue), "mlsd export --help lacks \(format.rawValue)")
      XCTAssertTrue(usage.contains(format.rawValue), ":export's usage lacks \(format.rawValue)")
      XCTAssertTrue(unknown.message.contains(format.rawValue), ":export's refusal lacks \(format.rawValue)")
      XCTAssertTrue(help.contains(format.title), "the summary lacks \(format.title)")
      for ext in format.extensionsItClaims {
        XCTAssertTrue(help.contains(".\(ext)"), "the help lacks .\(ext)")
        XCTAssertEqual(ExportFormat(fileName: "out.\(ext)"), format)
      }
    }
    XCTAssertTrue(help.contains("(values: \(ExportFormat.names.joined(separator: ", ")))"), help)
  }

  func testShellCompletionsOfferEveryFormat() {
    // Each shell's script lists the values of `--format` together, in the enum's order.
    let names = ExportFormat.names
    let lists = [
      CompletionShell.bash: names.map { "'\($0)'" }.joined(separator: "$'\\n'"),
      .zsh: "___format=(" + names.map { "'\($0)'" }.joined(separator: " ") + ")",
      .fish: "'" + names.joined(separator: " ") + "'",
    ]
    for (shell, list) in lists {
      XCTAssertTrue(MLSD.completionScript(for: shell).contains(list), "the \(shell) completion lacks \(list)")
    }
  }

  func testTheReadmeNamesEveryFormat() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    XCTAssertTrue(
      text.contains("Export the result as \(ExportFormat.titleList)."),
      "README.md's first paragraph should say: Export the result as \(ExportFormat.titleList).")
  }
}

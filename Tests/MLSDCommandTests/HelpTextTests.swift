// The commands' help reads as prose at any width: ArgumentParser wraps each discussion line to
// the terminal itself, so a paragraph hard-wrapped wider than the help (80 columns) would come
// out ragged, every long line wrapped again and followed by a stub.
import ArgumentParser
import XCTest

@testable import mlsd

final class HelpTextTests: XCTestCase {
  /// The width of help text in an 80-column terminal, less ArgumentParser's margin.
  private let helpColumns = 78

  private var commands: [ParsableCommand.Type] { [MLSD.self] + MLSD.configuration.subcommands }

  func testNoDiscussionHardWrapsALineWiderThanTheHelp() {
    for command in commands {
      let lines = command.configuration.discussion.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() where line.count > helpColumns {
        // A long line is fine when it ends its paragraph or introduces an indented example
        // (ArgumentParser wraps it evenly); one that the next line continues was wrapped by hand
        // past the help's width.
        let next = index + 1 < lines.count ? lines[index + 1] : ""
        XCTAssertTrue(
          next.trimmingCharacters(in: .whitespaces).isEmpty || next.hasPrefix(" "),
          "\(command.configuration.commandName ?? "?"): hard-wrapped line wider than \(helpColumns): \(line)")
      }
    }
  }
}

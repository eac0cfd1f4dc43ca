// The hostile-text corpus as board files for the programs outside Swift that read mlsd's exports
// (Tests/readers: librsvg, mermaid.js). Golden/hostile/boards.yaml holds one board per entry
// (`HostileCorpus.board(with:)`) and then the board with every entry, each after a line
// `# hostile N: NAME` at the start of a line. This test keeps the file equal to the corpus
// (MLSD_UPDATE_GOLDEN=1 rewrites it) and checks that cutting it at those lines gives back boards.
import XCTest

@testable import MLSDCore

final class HostileBoardFileTests: XCTestCase {
  /// The marker before each board; Tests/readers/hostile-boards.py cuts the file at it.
  static let marker = "# hostile "

  static func fileText() -> String {
    var text = ""
    for (index, entry) in HostileCorpus.entries.enumerated() {
      text += "\(marker)\(index): \(entry.name)\n"
      text += BoardEncoder.encode(HostileCorpus.board(with: entry.text))
    }
    text += "\(marker)\(HostileCorpus.entries.count): everything\n"
    text += BoardEncoder.encode(HostileCorpus.everything)
    return text
  }

  func testTheReadersFileHoldsTheCorpus() {
    GoldenFile("hostile/boards.yaml").assertMatches(Self.fileText())
  }

  func testCuttingAtTheMarkersGivesBackEveryBoard() throws {
    // No line of an encoded board starts with the marker, so the cut is exact.
    var chunks: [String] = []
    for line in Self.fileText().split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix(Self.marker) {
        chunks.append("")
      } else if !chunks.isEmpty {
        chunks[chunks.count - 1] += line + "\n"
      }
    }
    let expected = HostileCorpus.entries.map { HostileCorpus.board(with: $0.text) } + [HostileCorpus.everything]
    XCTAssertEqual(chunks.count, expected.count)
    for (chunk, board) in zip(chunks, expected) {
      // The cut leaves one extra line end after the last board; YAML ignores it.
      let decoded = try BoardDecoder.decode(chunk, name: "boards.yaml").board
      XCTAssertEqual(decoded, HostileCorpus.afterLoad(board), board.boxes.first?.label.prefix(40).description ?? "")
    }
  }
}

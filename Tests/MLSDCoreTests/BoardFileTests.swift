// The board file: round trips, byte-stable saves, and atomic writes.
import Foundation
import XCTest

@testable import MLSDCore

final class BoardFileTests: XCTestCase {
  func testRoundTripKeepsEveryFieldIncludingUnicode() throws {
    let board = Fixtures.unicodeBoard()
    let text = BoardEncoder.encode(board)
    let (decoded, unplaced) = try BoardDecoder.decode(text, name: "b.yaml")
    XCTAssertEqual(decoded, board)
    XCTAssertEqual(unplaced, [])
    XCTAssertTrue(text.contains("点击日志 clicks"), "CJK is written as it is, not escaped")
    // libyaml writes characters outside the Basic Multilingual Plane (emoji) as \U escapes in a
    // quoted string; they read back exactly.
    XCTAssertTrue(text.contains("Kafka \\U0001F680"), text)
  }

  func testEncodingIsStableAndOrdered() throws {
    let board = Fixtures.unicodeBoard()
    let first = BoardEncoder.encode(board)
    let (decoded, _) = try BoardDecoder.decode(first, name: "b.yaml")
    XCTAssertEqual(BoardEncoder.encode(decoded), first)
    let keys = first.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") && !$0.hasPrefix("-") }
      .map { String($0.split(separator: ":")[0]) }
    XCTAssertEqual(keys, ["mlsd", "title", "template", "boxes", "arrows", "groups", "notes"])
  }

  func testTextThatLooksLikeOtherTypesStaysText() throws {
    var board = Board(title: "123")
    board.boxes = [
      Box(id: "a", label: "true", detail: "null", frame: GridRect(x: 0, y: 0, width: 8, height: 3)),
      Box(id: "b", label: "1.5", detail: "- dash", frame: GridRect(x: 10, y: 0, width: 8, height: 3)),
      Box(id: "c", label: "#hash: colon", detail: "  padded  ", frame: GridRect(x: 20, y: 0, width: 8, height: 3)),
    ]
    board.notes[.model] = "line one\n  indented\n\ntrailing spaces   \n"
    let (decoded, _) = try BoardDecoder.decode(BoardEncoder.encode(board), name: "b.yaml")
    XCTAssertEqual(decoded, board)
  }

  func testSavingAnUnchangedBoardTwiceGivesIdenticalBytes() throws {
    let folder = try temporaryFolder()
    let path = folder + "/b.yaml"
    try BoardStore.save(Fixtures.unicodeBoard(), to: path)
    let first = try Data(contentsOf: URL(fileURLWithPath: path))
    try BoardStore.save(try BoardStore.load(path), to: path)
    let second = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertEqual(first, second)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".bak"), "the previous version is kept")
  }

  func testSaveLeavesNoTemporaryFilesAndFailsCleanlyInAMissingFolder() throws {
    let folder = try temporaryFolder()
    try BoardStore.save(Fixtures.unicodeBoard(), to: folder + "/b.yaml")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    XCTAssertEqual(names.filter { $0.contains(".tmp-") }, [])
    XCTAssertThrowsError(try BoardStore.save(Fixtures.unicodeBoard(), to: folder + "/nope/b.yaml")) { error in
      XCTAssertTrue("\(error)".contains("cannot create a file in"), "\(error)")
    }
  }

  func testBoxesWithoutPositionsArePlacedWithoutOverlap() throws {
    let text = """
      mlsd: 1
      title: T
      boxes:
        - {id: a, label: Alpha}
        - {id: b, label: Beta}
        - {id: c, label: Gamma, at: [0, 0]}
      arrows:
        - {from: a, to: b}
      """
    let folder = try temporaryFolder()
    try text.write(toFile: folder + "/t.yaml", atomically: true, encoding: .utf8)
    let board = try BoardStore.load(folder + "/t.yaml")
    for (i, a) in board.boxes.enumerated() {
      for b in board.boxes[(i + 1)...] { XCTAssertFalse(a.frame.intersects(b.frame), "\(a.id) overlaps \(b.id)") }
    }
  }

  func testNaturalSizeFitsWideLabels() {
    let size = BoxSizing.naturalSize(label: "特征存储", detail: nil)
    XCTAssertEqual(size.width, 8 + 4)
    XCTAssertEqual(size.height, 3)
  }

  func testSavingThroughASymbolicLinkKeepsTheLink() throws {
    let folder = try temporaryFolder()
    try BoardStore.save(Fixtures.unicodeBoard(), to: folder + "/real.yaml")
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: "real.yaml")
    var board = Fixtures.unicodeBoard()
    board.title = "Changed"
    try BoardStore.save(board, to: folder + "/link.yaml")
    let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/link.yaml")
    XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeSymbolicLink)
    XCTAssertEqual(try BoardStore.load(folder + "/real.yaml").title, "Changed")
  }

  func testWritingToADeviceWritesInPlace() throws {
    try AtomicWriter.write("discarded", to: "/dev/null")
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeCharacterSpecial)
  }

  private func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "mlsd-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }
}

// Hostile text in the board file: saving and loading give back exactly the string the person
// typed, control characters included (the file keeps the original; only the screen and exports
// show a visible form), and bytes that are not UTF-8 are refused with their offset.
import Foundation
import XCTest

@testable import MLSDCore

final class HostileTextFileTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "mlsd-hostile-text-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// A board with the text everywhere, at fixed positions so that loading does not lay it out.
  private func board(with text: String) -> Board {
    var board = HostileCorpus.board(with: text)
    board.template = text
    return board
  }

  func testSaveAndLoadGiveBackTheExactTextOfEveryEntry() throws {
    for (index, entry) in HostileCorpus.entries.enumerated() {
      let path = "\(folder)/entry-\(index).yaml"
      let original = board(with: entry.text)
      try BoardStore.save(original, to: path)
      let loaded: Board
      do {
        loaded = try BoardStore.load(path)
      } catch {
        XCTFail("\(entry.name): the saved board does not load: \(error)")
        continue
      }
      let expected = HostileCorpus.afterLoad(entry.text)
      XCTAssertEqual(loaded.title, expected, "\(entry.name): title")
      XCTAssertEqual(loaded.template, expected, "\(entry.name): template")
      XCTAssertEqual(loaded.boxes.first?.label, expected, "\(entry.name): label")
      XCTAssertEqual(loaded.boxes.first?.detail, expected, "\(entry.name): detail")
      XCTAssertEqual(loaded.arrows.first?.label, expected, "\(entry.name): arrow label")
      XCTAssertEqual(loaded.groups.first?.title, expected, "\(entry.name): group title")
      XCTAssertEqual(loaded.notes[.monitoring], expected, "\(entry.name): notes")
      XCTAssertEqual(loaded, HostileCorpus.afterLoad(original), "\(entry.name): the whole board")
      // Saving what was loaded writes the same bytes: nothing drifts from one save to the next.
      let again = "\(folder)/entry-\(index)-again.yaml"
      try BoardStore.save(loaded, to: again)
      if expected == entry.text {
        XCTAssertEqual(try AtomicWriter.readText(again), try AtomicWriter.readText(path), "\(entry.name): stable bytes")
      }
    }
  }

  func testEveryEntryOnOneBoardRoundTrips() throws {
    let path = "\(folder)/everything.yaml"
    let original = HostileCorpus.everything
    try BoardStore.save(original, to: path)
    XCTAssertEqual(try BoardStore.load(path), HostileCorpus.afterLoad(original))
  }

  func testTheFileHoldsNoRawEscapeOrControl() throws {
    // The file keeps the text exactly but writes controls as YAML escapes, so `cat board.yaml`
    // in a terminal cannot run an escape sequence either.
    for (index, entry) in HostileCorpus.entries.enumerated() {
      let path = "\(folder)/raw-\(index).yaml"
      try BoardStore.save(board(with: entry.text), to: path)
      let bytes = try AtomicWriter.readBytes(path)
      let text = String(decoding: bytes, as: UTF8.self)
      let raw = text.unicodeScalars.first { scalar in
        let v = scalar.value
        return (v < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(v)
      }
      XCTAssertNil(raw.map { "U+" + String($0.value, radix: 16) }, "\(entry.name): raw control in the file")
    }
  }

  func testRandomTextRoundTrips() throws {
    // Random strings over the troublesome scalars, as a property: whatever is typed comes back.
    var generator = SeededRandom(seed: 8)
    let pool: [Unicode.Scalar] =
      Array("aZ9 :-#&*!|>'\"%@`,[]{}?\\\t\n\r".unicodeScalars) + [
        "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{202E}", "\u{2028}", "\u{FEFF}", "\u{200B}",
        "\u{301}", "特", "👩", "\u{200D}", "\u{1F3FD}", "\u{FFFE}", "\u{E000}", "\u{10FFFF}",
      ]
    for round in 0..<300 {
      let length = Int.random(in: 0...24, using: &generator)
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(pool[Int.random(in: 0..<pool.count, using: &generator)]) }
      let string = String(text)
      let original = board(with: string)
      let path = "\(folder)/random.yaml"
      try BoardStore.save(original, to: path)
      do {
        let loaded = try BoardStore.load(path)
        if loaded != HostileCorpus.afterLoad(original) {
          XCTFail("round \(round): \(string.unicodeScalars.map { String($0.value, radix: 16) }) changed")
          return
        }
      } catch {
        XCTFail("round \(round): \(string.unicodeScalars.map { String($0.value, radix: 16) }) does not load: \(error)")
        return
      }
    }
  }

  func testInvalidUTF8IsRefusedWithTheByteOffset() throws {
    let path = "\(folder)/latin1.yaml"
    let head = Array("mlsd: 1\ntitle: Caf".utf8)
    try AtomicWriter.write(head + [0xE9] + Array("\n".utf8), to: path)
    XCTAssertThrowsError(try AtomicWriter.readText(path)) { error in
      XCTAssertEqual("\(error)", "\(path): is not valid UTF-8 text (first bad byte at offset \(head.count))")
    }
    XCTAssertThrowsError(try BoardStore.load(path)) { error in
      XCTAssertEqual("\(error)", "\(path): is not valid UTF-8 text (first bad byte at offset 18)")
    }
  }

  func testInvalidUTF8AfterMultibyteTextCountsBytes() throws {
    // The offset counts bytes, not characters: "特" is three bytes, "👩" four.
    let cases: [(bytes: [UInt8], offset: Int)] = [
      (Array("特👩".utf8) + [0xFF], 7),
      ([0xC0, 0x80], 0),  // an overlong NUL
      (Array("ok".utf8) + [0xED, 0xA0, 0x80], 2),  // an encoded surrogate
      (Array("abc".utf8) + [0xE2, 0x82], 3),  // cut in the middle of a character at the end
      (Array("x".utf8) + [0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
    ]
    for (index, item) in cases.enumerated() {
      let path = "\(folder)/bad-\(index).yaml"
      try AtomicWriter.write(item.bytes, to: path)
      XCTAssertThrowsError(try AtomicWriter.readText(path), "case \(index)") { error in
        XCTAssertEqual("\(error)", "\(path): is not valid UTF-8 text (first bad byte at offset \(item.offset))")
      }
    }
  }

  func testALeadingByteOrderMarkInATextIsTheOnlyLoss() throws {
    // Pinned so that a fix in Yams or Foundation shows up here: then afterLoad can go.
    let path = "\(folder)/bom-text.yaml"
    try BoardStore.save(Board(title: "\u{FEFF}x\u{FEFF}"), to: path)
    XCTAssertTrue(try AtomicWriter.readText(path).contains("title: \"\\uFEFFx\\uFEFF\""), "the file keeps it")
    XCTAssertEqual(try BoardStore.load(path).title, "x\u{FEFF}")
  }

  func testAByteOrderMarkAtTheStartIsRead() throws {
    // Editors on some systems write a BOM; it is not part of the title.
    let path = "\(folder)/bom.yaml"
    try AtomicWriter.write([0xEF, 0xBB, 0xBF] + Array("mlsd: 1\ntitle: With BOM\n".utf8), to: path)
    XCTAssertEqual(try BoardStore.load(path).title, "With BOM")
  }

  func testControlCharactersWrittenRawInAFileAreRefusedWithTheirPlace() throws {
    // A file written by another program may hold raw control characters; YAML does not allow
    // them, so the load stops with the line and column instead of taking them in.
    let path = "\(folder)/raw-esc.yaml"
    try AtomicWriter.write("mlsd: 1\ntitle: T\nboxes:\n  - id: a\n    label: x\u{1B}[2J\n", to: path)
    XCTAssertThrowsError(try BoardStore.load(path)) { error in
      let message = "\(error)"
      XCTAssertEqual(message, "\(path):5:13: cannot read the text: control characters are not allowed (U+001B)")
      XCTAssertFalse(message.unicodeScalars.contains("\u{1B}"), "the message itself holds no ESC: \(message)")
    }
  }

  func testEscapedControlCharactersInAFileAreKept() throws {
    let path = "\(folder)/escaped.yaml"
    try AtomicWriter.write("mlsd: 1\ntitle: \"a\\e[2Jb\\x9B\\u202E\\0\"\n", to: path)
    XCTAssertEqual(try BoardStore.load(path).title, "a\u{1B}[2Jb\u{9B}\u{202E}\u{0}")
  }
}

// Hostile board files through BoardStore.load: alias bombs, deep nesting, huge files, too many
// boxes, cycles, duplicates, wrong types, folders, unreadable, binary and non-UTF-8 files, FIFOs.
// Each is refused with a message that names the file (and the line and field where there is
// one) or, when legal, loads, renders and checks.
import Foundation
import XCTest

@testable import MLSDCore

final class HostileFileTests: XCTestCase {
  private var folder = ""
  private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/hostile").path

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "mlsd-hostile-files-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// The message of the error loading `path`, or nil when it loads.
  private func loadMessage(_ path: String) -> String? {
    do {
      _ = try BoardStore.load(path)
      return nil
    } catch {
      return "\(error)"
    }
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = "\(folder)/\(name)"
    try AtomicWriter.write(text, to: path)
    return path
  }

  private func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  // MARK: Bombs and sizes

  func testAliasBombIsRefusedThroughTheStore() {
    let path = fixtures + "/alias-bomb.yaml"
    var message: String?
    let time = seconds { message = loadMessage(path) }
    XCTAssertEqual(
      message, "\(path):6:44: the document has more than 1000000 values (aliases that expand too far are refused)")
    XCTAssertLessThan(time, 20, "refused in bounded time (took \(time) s)")
  }

  func testDeepFlowNestingIsRefused() throws {
    for depth in [65, 1_000, 100_000] {
      let path = try write(
        "deep-\(depth).yaml",
        "mlsd: 1\ntitle: Deep\nboxes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
          + "\n")
      let message = loadMessage(path) ?? "loaded"
      XCTAssertTrue(message.hasPrefix(path + ":3:"), "depth \(depth): \(message)")
      XCTAssertTrue(message.contains("nesting is deeper than 64 levels"), "depth \(depth): \(message)")
    }
  }

  func testDeepBlockNestingIsRefused() throws {
    var text = "mlsd: 1\ntitle: Deep\nnotes:\n"
    for level in 0..<2_000 { text += String(repeating: " ", count: level + 2) + "k\(level):\n" }
    let path = try write("deep-block.yaml", text)
    let message = loadMessage(path) ?? "loaded"
    XCTAssertTrue(message.contains("nesting is deeper than 64 levels"), message)
    XCTAssertTrue(message.hasPrefix(path + ":"), message)
  }

  func testDeepUnclosedNestingIsRefused() throws {
    // Only opening brackets: the parser must not recurse once per bracket before finding the end.
    let path = try write("unclosed.yaml", "mlsd: 1\ntitle: T\nboxes: " + String(repeating: "[{", count: 200_000))
    let message = loadMessage(path) ?? "loaded"
    XCTAssertTrue(message.hasPrefix(path + ":"), message)
  }

  func testAHundredMegabyteFileIsRefusedBySizeBeforeReading() throws {
    let path = "\(folder)/big.yaml"
    // A sparse file: the size is what matters, and the refusal must come before any read.
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    XCTAssertGreaterThanOrEqual(fd, 0)
    XCTAssertEqual(ftruncate(fd, 100 * 1024 * 1024), 0)
    close(fd)
    var message: String?
    let time = seconds { message = loadMessage(path) }
    XCTAssertEqual(message, "\(path): is too large (104857600 bytes; the limit is 16777216)")
    XCTAssertLessThan(time, 1, "refused without reading (took \(time) s)")
  }

  func testAFileThatGrowsWithoutEndIsCutAtTheLimit() throws {
    // /dev/zero reports size 0 and never ends: the reader stops at the limit instead.
    guard FileManager.default.fileExists(atPath: "/dev/zero") else { throw XCTSkip("no /dev/zero") }
    let message = loadMessage("/dev/zero") ?? "loaded"
    XCTAssertTrue(message.hasPrefix("/dev/zero: "), message)
  }

  func testAFIFOIsRefusedWithoutBlocking() throws {
    let path = "\(folder)/pipe.yaml"
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    // Nobody writes to the FIFO: a plain open would wait for a writer forever.
    var message: String?
    let time = seconds { message = loadMessage(path) }
    XCTAssertEqual(message, "\(path): is not a regular file")
    XCTAssertLessThan(time, 1)
  }

  func testTooManyBoxesAreRefusedNamingTheField() throws {
    var text = "mlsd: 1\ntitle: Crowd\nboxes:\n"
    text.reserveCapacity(3_000_000)
    for index in 0..<100_000 { text += "  - {id: b\(index), label: B}\n" }
    let path = try write("crowd.yaml", text)
    var message: String?
    let time = seconds { message = loadMessage(path) }
    XCTAssertEqual(message, "\(path):4:3: boxes: too many boxes (100000; the limit is 20000)")
    XCTAssertLessThan(time, 60, "refused in bounded time (took \(time) s)")
  }

  func testTooManyValuesAreRefusedWithTheirPlace() throws {
    // Boxes written with every field make more than a million values before the box limit.
    var text = "mlsd: 1\ntitle: Crowd\nboxes:\n"
    for index in 0..<100_000 { text += "  - {id: b\(index), label: B, at: [1, 2], size: [9, 3]}\n" }
    let path = try write("values.yaml", text)
    let message = loadMessage(path) ?? "loaded"
    XCTAssertTrue(message.hasPrefix(path + ":"), message)
    XCTAssertTrue(message.contains("more than 1000000 values"), message)
  }

  // MARK: Legal but awkward

  func testArrowsInCyclesLoadRenderAndCheck() throws {
    for name in ["cycles.yaml", "cycles-unplaced.yaml"] {
      let board = try BoardStore.load(fixtures + "/" + name)
      XCTAssertGreaterThanOrEqual(board.arrows.count, 6, name)
      let text = TextRenderer.render(board, charset: .unicode)
      XCTAssertTrue(text.contains("Feature store"), name)
      XCTAssertTrue(text.contains("Training"), name)
      let report = Checker.check(board, template: nil, catalogue: Fixtures.library.catalogue)
      XCTAssertNotNil(report, name)
      for export in ExportFormat.allCases {
        XCTAssertFalse(export.exporter.export(board, context: ExportContext()).isEmpty, "\(name) \(export)")
      }
    }
  }

  // MARK: Located messages

  func testMistakesAreLocatedWithFileLineAndField() {
    let cases: [(String, String)] = [
      ("duplicate-id.yaml", ":8:9: boxes[2].id: duplicate box id 'store' (first used on line 4)"),
      ("out-of-range.yaml", ":6:10: boxes[0].at[0]: expected a whole number, found '99999999999999999999999'"),
      ("wrong-types.yaml", ":8:9: arrows[0].to: expected text, found a mapping"),
      ("not-a-board.yaml", ":1:1: expected a mapping, found a list"),
    ]
    for (name, expected) in cases {
      let path = fixtures + "/" + name
      XCTAssertEqual(loadMessage(path), path + expected, name)
    }
  }

  func testNumbersAtAndPastTheirLimits() throws {
    let head = "mlsd: 1\ntitle: T\nboxes:\n  - id: a\n    label: A\n"
    let cases: [(String, String?)] = [
      ("    at: [100000, 100000]\n", nil),
      ("    at: [100001, 0]\n", ":6:10: boxes[0].at[0]: 100001 is out of range (0...100000)"),
      ("    at: [0, -1]\n", ":6:13: boxes[0].at[1]: -1 is out of range (0...100000)"),
      ("    size: [501, 3]\n", ":6:12: boxes[0].size[0]: 501 is out of range (5...500)"),
      ("    size: [5, 1e9]\n", ":6:15: boxes[0].size[1]: expected a whole number, found '1e9'"),
      ("    at: [0x10, 0]\n", ":6:10: boxes[0].at[0]: expected a whole number, found '0x10'"),
      ("    at: [.nan, 0]\n", ":6:10: boxes[0].at[0]: expected a whole number, found '.nan'"),
      ("    at: [\"1\", 0]\n", ":6:10: boxes[0].at[0]: expected a whole number, found '1'"),
    ]
    for (index, (line, expected)) in cases.enumerated() {
      let path = try write("numbers-\(index).yaml", head + line)
      XCTAssertEqual(loadMessage(path), expected.map { path + $0 }, line)
    }
    let version = try write("version.yaml", "mlsd: 99999999999999999999\ntitle: T\n")
    XCTAssertEqual(
      loadMessage(version), version + ":1:7: mlsd: expected a whole number, found '99999999999999999999'")
  }

  func testABoardAtTheLimitsLoadsAndRenders() throws {
    // The far corner of the coordinate range and the largest box: the canvas is sized to what is
    // drawn, not to the coordinates, so this stays small.
    let path = try write(
      "corner.yaml",
      "mlsd: 1\ntitle: Corner\nboxes:\n  - {id: a, label: A, at: [100000, 100000], size: [500, 100]}\n"
        + "  - {id: b, label: B, at: [99000, 100000]}\narrows:\n  - {from: b, to: a}\n")
    let board = try BoardStore.load(path)
    let text = TextRenderer.render(board, charset: .ascii)
    XCTAssertLessThan(text.utf8.count, 200_000)
  }

  // MARK: Not a board file at all

  func testAFolderIsRefused() {
    XCTAssertEqual(loadMessage(folder), "\(folder): is a folder, not a file")
  }

  func testAMissingFileIsRefused() {
    XCTAssertEqual(loadMessage(folder + "/nope.yaml"), "\(folder)/nope.yaml: cannot open: No such file or directory")
  }

  func testAnUnreadableFileIsRefused() throws {
    guard getuid() != 0 else { throw XCTSkip("running as root: permissions do not stop root from reading") }
    let path = try write("secret.yaml", "mlsd: 1\ntitle: T\n")
    XCTAssertEqual(chmod(path, 0), 0)
    XCTAssertEqual(loadMessage(path), "\(path): cannot open: Permission denied")
  }

  func testBinaryFilesAreRefused() throws {
    // A PNG header: not UTF-8 at the second byte... after the 0x89 at offset 0.
    let png = "\(folder)/picture.yaml"
    try AtomicWriter.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], to: png)
    XCTAssertEqual(loadMessage(png), "\(png): is not valid UTF-8 text (first bad byte at offset 0)")
    // Valid UTF-8 full of NUL and other controls: YAML refuses it with a place.
    let nul = "\(folder)/nul.yaml"
    try AtomicWriter.write(Array("mlsd: 1\ntitle: T".utf8) + [0, 1, 2, 0x1B, 0x7F] + Array("\n".utf8), to: nul)
    let message = loadMessage(nul) ?? "loaded"
    XCTAssertTrue(message.hasPrefix(nul + ":2:"), message)
    XCTAssertNil(HostileCorpus.firstForbidden(in: message), "the message shows no raw control: \(message)")
    // Random bytes never crash the loader.
    var generator = SeededRandom(seed: 42)
    for round in 0..<200 {
      let count = Int.random(in: 0...300, using: &generator)
      let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let path = "\(folder)/random-\(round).yaml"
      try AtomicWriter.write(bytes, to: path)
      if let message = loadMessage(path) { XCTAssertTrue(message.hasPrefix(path), message) }
    }
  }

  func testAnEmptyFileSaysWhatIsMissing() throws {
    let path = try write("empty.yaml", "")
    XCTAssertEqual(loadMessage(path), "\(path): not an mlsd board: the 'mlsd: 1' format line is missing")
  }

  func testFileNamesWithEscapesAreShownVisiblyInMessages() throws {
    // `mlsd info *.yaml` in a folder from an archive: the name itself may carry escape sequences.
    let name = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}.yaml"
    let path = try write(name, "mlsd: 1\ntitle: [unclosed\n")
    let message = loadMessage(path) ?? "loaded"
    XCTAssertNil(HostileCorpus.firstForbidden(in: message), message)
    XCTAssertTrue(message.hasPrefix("\(folder)/␛]0;pwned␇␛[2J⟨U+202E⟩.yaml:"), message)
    let missing = loadMessage(folder + "/\u{1B}[31mmissing.yaml") ?? "loaded"
    XCTAssertEqual(missing, "\(folder)/␛[31mmissing.yaml: cannot open: No such file or directory")
    let writeError = FileError(path: "\u{9B}x", reason: "cannot write")
    XCTAssertEqual(writeError.description, "⟨U+009B⟩x: cannot write")
  }

  func testErrorMessagesShowHostileKeysAndIDsVisibly() throws {
    let path = try write(
      "keys.yaml", "mlsd: 1\ntitle: T\n\"\\e]0;pwned\\a\": 1\n")
    let message = loadMessage(path) ?? "loaded"
    XCTAssertNil(HostileCorpus.firstForbidden(in: message), message)
    XCTAssertTrue(message.contains("␛]0;pwned␇"), message)
    let ids = try write(
      "ids.yaml", "mlsd: 1\ntitle: T\nboxes:\n  - id: a\n    label: A\narrows:\n  - {from: a, to: \"\\e[2J\\u202E\"}\n")
    let idMessage = loadMessage(ids) ?? "loaded"
    XCTAssertNil(HostileCorpus.firstForbidden(in: idMessage), idMessage)
  }
}

// Property tests over many generated inputs: random boards survive export → import, and random
// Mermaid-like text never crashes the parser (it parses or reports a located error).
import MLSDCore
import XCTest

final class ImportMermaidPropertyTests: XCTestCase {
  static let textPieces = [
    "a", "Z", " ", "-", "--", "-->", "\"", "'", "#", "#quot;", "&", ";", "|", "[", "]", "(", ")", "{", "}", "<",
    ">", "<br/>", "%%", "`", "\\", "\n", "\t", "\u{1B}", "é", "日本", "🚀", "end", "direction LR", "subgraph",
    ".", "_", ":::", "==>", "-.->",
  ]
  static let idPieces = ["a", "b", "end", "class", "x", "o", "v", "-", "_", ".", "9", "mlsdx_", "style", "Q"]

  func text(_ rng: inout SeededRandom, pieces: [String], maxPieces: Int) -> String {
    (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
  }

  func randomBoard(seed: UInt64) -> Board {
    var rng = SeededRandom(seed: seed)
    var board = Board(title: text(&rng, pieces: Self.textPieces, maxPieces: 4))
    var ids: [String] = []
    for index in 0..<Int.random(in: 1...12, using: &rng) {
      var id = text(&rng, pieces: Self.idPieces, maxPieces: 4)
      if !Board.isValidID(id) || ids.contains(id) { id = "n\(index)" }
      ids.append(id)
      let detail = Bool.random(using: &rng) ? text(&rng, pieces: Self.textPieces, maxPieces: 5) : nil
      board.boxes.append(
        Box(
          id: id, label: text(&rng, pieces: Self.textPieces, maxPieces: 6), detail: detail,
          frame: GridRect(x: index * 20, y: 0, width: 12, height: 4)))
    }
    for _ in 0..<Int.random(in: 0...15, using: &rng) {
      let label = Bool.random(using: &rng) ? text(&rng, pieces: Self.textPieces, maxPieces: 4) : nil
      board.arrows.append(
        Arrow(
          from: ids.randomElement(using: &rng) ?? ids[0], to: ids.randomElement(using: &rng) ?? ids[0],
          label: label?.isEmpty == true ? nil : label, style: ArrowStyle.allCases.randomElement(using: &rng) ?? .solid))
    }
    var free = ids.shuffled(using: &rng)
    for index in 0..<Int.random(in: 0...3, using: &rng) {
      let members = Array(free.prefix(Int.random(in: 0...3, using: &rng)))
      free.removeFirst(members.count)
      // Group ids may repeat box ids (a separate namespace in a board) but not each other.
      var id = Bool.random(using: &rng) ? (ids.randomElement(using: &rng) ?? "g") : "g\(index)"
      if board.groups.contains(where: { $0.id == id }) { id = "g\(index)" }
      board.groups.append(Group(id: id, title: text(&rng, pieces: Self.textPieces, maxPieces: 4), boxIDs: members))
    }
    return board
  }

  /// Kinds for the random boards: ids Mermaid reads as class names, and one its lexer would read
  /// as a keyword ("end"), which the export leaves out. No label the generator writes names one.
  static let catalogue = Catalogue(
    kinds: ["model-registry", "vector-index", "re-ranking", "end-stage", "k9"].map {
      ComponentKind(id: $0, name: "Zyx \($0)", category: "c", step: .model, description: "", aliases: [])
    })

  func testRandomBoardsRoundTripThroughMermaid() throws {
    let catalogue = Self.catalogue
    let kinds = catalogue.ids + ["free text kind", "unknown-kind"]
    for seed in UInt64(1)...400 {
      var board = randomBoard(seed: seed)
      var rng = SeededRandom(seed: seed &+ 1000)
      for i in board.boxes.indices where Bool.random(using: &rng) {
        board.boxes[i].kind = kinds.randomElement(using: &rng)
      }
      let text = MermaidExporter().export(board, context: ExportContext(catalogue: catalogue))
      let back: Board
      do {
        back = try MermaidImporter.read(text, name: "p.mmd", title: "", catalogue: catalogue).board
      } catch {
        return XCTFail("seed \(seed): \(error)\n\(text)")
      }
      XCTAssertEqual(back.title, board.title, "seed \(seed)")
      XCTAssertEqual(back.boxes.map(\.id), board.boxes.map(\.id), "seed \(seed)")
      XCTAssertEqual(back.boxes.map(\.label), board.boxes.map(\.label), "seed \(seed)")
      XCTAssertEqual(back.boxes.map(\.detail), board.boxes.map(\.detail), "seed \(seed)")
      let expected = board.boxes.map { box in
        box.kind.flatMap { catalogue.kind($0) != nil && MermaidEscaping.isSafeID($0) ? $0 : nil }
      }
      XCTAssertEqual(back.boxes.map(\.kind), expected, "seed \(seed)")
      XCTAssertEqual(back.arrows, board.arrows, "seed \(seed)")
      XCTAssertEqual(back.groups, board.groups, "seed \(seed)")
    }
  }

  func testRandomTextNeverCrashesTheParser() {
    let pieces = [
      "graph LR\n", "flowchart TD\n", "\n", " ", ";", "A", "B", "c-d", "[", "]", "(", ")", "((", "))", "{", "}", "{{",
      ">", "\"", "|", "-->", "---", "-.->", "==>", "--", "==", "-.", ".-", "&", "subgraph ", "end", "%%", ":::",
      "style ", "#quot;", "<br/>", "\r\n", "~~~", "<-->", "--o", "@{", "---\n", "title: x\n", "é", "\u{0}",
    ]
    var rng = SeededRandom(seed: 7)
    var parsed = 0
    var located = 0
    for _ in 0..<3000 {
      let prefix = Bool.random(using: &rng) ? "graph LR\n" : ""
      let input = prefix + text(&rng, pieces: pieces, maxPieces: 30)
      do {
        _ = try MermaidParser.parse(input, name: "f.mmd")
        parsed += 1
      } catch let error as LoadError {
        XCTAssertEqual(error.file, "f.mmd")
        XCTAssertGreaterThan(error.line, 0, "\(error) for \(input.debugDescription)")
        XCTAssertGreaterThan(error.column, 0, "\(error) for \(input.debugDescription)")
        located += 1
      } catch let errors as LoadErrors {
        // Links mlsd cannot draw, reported together: every one located.
        XCTAssertGreaterThan(errors.errors.count, 1)
        for error in errors.errors {
          XCTAssertEqual(error.file, "f.mmd")
          XCTAssertGreaterThan(error.line, 0, "\(error) for \(input.debugDescription)")
          XCTAssertGreaterThan(error.column, 0, "\(error) for \(input.debugDescription)")
        }
        located += 1
      } catch {
        XCTFail("unexpected error type \(error) for \(input.debugDescription)")
      }
    }
    // Both outcomes must occur, or the generator is not exercising the parser.
    XCTAssertGreaterThan(parsed, 50)
    XCTAssertGreaterThan(located, 100)
  }
}

// Group frames in the drawn exports (SVG, Excalidraw) are open where an arrow crosses them, as in
// the text drawing: read back from the files, no arrow's line runs over a frame's line.
import Foundation
import XCTest

@testable import MLSDCore

final class ExportFrameGapTests: XCTestCase {
  typealias Point = (x: Double, y: Double)
  typealias Segment = (Point, Point)

  /// The boards to look at, routed once for both formats: every reference design with groups,
  /// and the small fixture.
  static let routed: [(board: Board, context: ExportContext)] = {
    let boards =
      [ExportFixtures.small] + Fixtures.library.templates.map { $0.referenceBoard() }.filter { !$0.groups.isEmpty }
    return boards.map { ($0, ExportContext(diagram: Diagram(board: $0))) }
  }()

  func testNoSVGArrowRunsOverAFrameLine() throws {
    var gaps = 0
    for (board, context) in Self.routed {
      let svg = SVGExporter().export(board, context: context)
      let frames = Self.attributes("d", of: "<path class=\"frame\"", in: svg).flatMap(Self.pathPieces)
      let arrows = Self.attributes("points", of: "<polyline", in: svg).map(Self.points)
      XCTAssertEqual(arrows.count, board.arrows.count, board.title)
      let frameCount = Self.attributes("d", of: "<path class=\"frame\"", in: svg).count
      XCTAssertEqual(frameCount, GroupFrame.frames(of: board).count, board.title)
      gaps += frames.count - frameCount
      let crossings = Self.crossings(frames.flatMap(Self.segments), arrows.flatMap(Self.segments))
      XCTAssertEqual(crossings.count, 0, "\(board.title): arrows over frame lines at \(crossings)")
    }
    XCTAssertGreaterThan(gaps, 0, "no board had an arrow crossing a frame: the test shows nothing")
  }

  func testNoExcalidrawArrowRunsOverAFrameLine() throws {
    var gaps = 0
    for (board, context) in Self.routed {
      let text = ExcalidrawExporter().export(board, context: context)
      let scene = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let elements = try XCTUnwrap(scene["elements"] as? [[String: Any]])
      var frames: [[Point]] = []
      var arrows: [[Point]] = []
      var frameGroups = Set<String>()
      for element in elements {
        let id = element["id"] as? String ?? ""
        guard id.hasPrefix("group-") || id.hasPrefix("arrow-"), !id.hasSuffix("-title"), !id.hasSuffix("-label")
        else { continue }
        let x = element["x"] as? Double ?? 0
        let y = element["y"] as? Double ?? 0
        switch element["type"] as? String {
        case "rectangle":
          let w = element["width"] as? Double ?? 0
          let h = element["height"] as? Double ?? 0
          frames.append([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)])
          frameGroups.insert(id)
        case "line", "arrow":
          let points = (element["points"] as? [[Double]] ?? []).map { (x: x + $0[0], y: y + $0[1]) }
          if element["type"] as? String == "arrow" {
            arrows.append(points)
          } else {
            frames.append(points)
            let groups = element["groupIds"] as? [String] ?? []
            XCTAssertEqual(groups.count, 1, "\(id): a frame's pieces share one group")
            frameGroups.formUnion(groups)
            gaps += 1
          }
        default: break
        }
      }
      XCTAssertEqual(frameGroups.count, GroupFrame.frames(of: board).count, board.title)
      XCTAssertEqual(arrows.count, board.arrows.count, board.title)
      let crossings = Self.crossings(frames.flatMap(Self.segments), arrows.flatMap(Self.segments))
      XCTAssertEqual(crossings.count, 0, "\(board.title): arrows over frame lines at \(crossings)")
    }
    XCTAssertGreaterThan(gaps, 0, "no frame was drawn in pieces: the test shows nothing")
  }

  func testAFrameWithoutCrossingsIsOneClosedOutline() {
    let rect = PixelRect(x: 10, y: 20, width: 90, height: 54)
    let whole = FrameOutline(rect: rect, arrows: [[PixelPoint(x: 0, y: 0), PixelPoint(x: 5, y: 0)]]).pieces(of: rect)
    XCTAssertEqual(whole.count, 1)
    XCTAssertEqual(whole[0].first, whole[0].last)
    XCTAssertEqual(whole[0].count, 5)
    // One arrow down through the top and bottom lines: two pieces, each side open 13.5 px either way.
    let down = [PixelPoint(x: 50, y: 0), PixelPoint(x: 50, y: 100)]
    let open = FrameOutline(rect: rect, arrows: [down]).pieces(of: rect)
    guard open.count == 2 else { return XCTFail("expected two pieces: \(open)") }
    XCTAssertEqual(
      open[0],
      [PixelPoint(x: 36.5, y: 74), PixelPoint(x: 10, y: 74), PixelPoint(x: 10, y: 20), PixelPoint(x: 36.5, y: 20)])
    XCTAssertEqual(
      open[1],
      [PixelPoint(x: 63.5, y: 20), PixelPoint(x: 100, y: 20), PixelPoint(x: 100, y: 74), PixelPoint(x: 63.5, y: 74)])
  }

  // MARK: - Reading the files back

  /// The values of one attribute of the elements that start with `prefix`.
  static func attributes(_ name: String, of prefix: String, in text: String) -> [String] {
    text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }.compactMap {
      line in
      guard let start = line.range(of: " \(name)=\"") else { return nil }
      let rest = line[start.upperBound...]
      return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
  }

  /// "1,2 3,4" as points.
  static func points(_ list: String) -> [Point] {
    list.split(separator: " ").compactMap { pair in
      let xy = pair.split(separator: ",").compactMap { Double($0) }
      return xy.count == 2 ? (xy[0], xy[1]) : nil
    }
  }

  /// "M 1,2 L 3,4 M ..." (with an optional Z closing a piece) as the pieces of line it draws.
  static func pathPieces(_ d: String) -> [[Point]] {
    var pieces: [[Point]] = []
    for token in d.split(separator: " ") {
      switch token {
      case "M": pieces.append([])
      case "L": continue
      case "Z": if let first = pieces.last?.first { pieces[pieces.count - 1].append(first) }
      default: pieces[pieces.count - 1] += points(String(token))
      }
    }
    return pieces
  }

  static func segments(_ points: [Point]) -> [Segment] { Array(zip(points, points.dropFirst())) }

  /// Where an arrow's segment crosses a frame's segment at right angles (touching counts).
  static func crossings(_ frames: [Segment], _ arrows: [Segment]) -> [String] {
    var out: [String] = []
    for f in frames {
      for a in arrows {
        let frameHorizontal = f.0.y == f.1.y
        let arrowVertical = a.0.x == a.1.x
        guard frameHorizontal == arrowVertical else { continue }
        let (h, v) = frameHorizontal ? (f, a) : (a, f)
        let x = v.0.x
        let y = h.0.y
        if (min(h.0.x, h.1.x)...max(h.0.x, h.1.x)).contains(x) && (min(v.0.y, v.1.y)...max(v.0.y, v.1.y)).contains(y) {
          out.append("(\(x), \(y))")
        }
      }
    }
    return out
  }
}

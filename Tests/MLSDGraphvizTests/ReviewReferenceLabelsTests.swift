// The practice review's reference at 120 × 40 (harmful content detection, the Graphviz road as
// the app draws it) does not fit its room and is drawn at its smallest: that drawing was a
// squeezed one measured with its routes moved, whose labels sat over group titles and box borders
// ("text, images, videoon pipeline", "┌─labels───┐": ux18, finding 2). The smallest is now a
// drawing routed for its board (`SmallestTried`), its labels placed by the router.
import Foundation
import MLSDGraphviz
import XCTest

@testable import MLSDCore

final class ReviewReferenceLabelsTests: XCTestCase {
  /// Labels drawn (loose ones where they are drawn) over a box or a group frame's line or title.
  static func labelsOverBoxesOrFrames(_ diagram: Diagram) -> [String] {
    let boxes = diagram.board.boxes.map(\.frame)
    let frames = GroupFrame.frames(of: diagram.board).map(\.rect)
    func onFrameLine(_ x: Int, _ y: Int) -> Bool {
      frames.contains { r in
        ((y == r.minY || y == r.maxY) && r.minX <= x && x <= r.maxX)
          || ((x == r.minX || x == r.maxX) && r.minY <= y && y <= r.maxY)
      }
    }
    return diagram.drawnRoutes.compactMap { route -> String? in
      guard let rect = route.labelRect else { return nil }
      let overBox = boxes.contains { $0.intersects(rect) }
      let overFrame = (rect.minY...rect.maxY).contains { y in (rect.minX...rect.maxX).contains { onFrameLine($0, y) } }
      return overBox || overFrame ? route.label?.lines.joined(separator: " ") : nil
    }
  }

  func testTheReferenceShownAt120x40HasNoLabelOverATitleOrBorder() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    let template = try XCTUnwrap(library.template("harmful-content-detection"))
    var session = PracticeSession(
      template: template, minutes: 45, startedAt: 0, date: Date(timeIntervalSince1970: 1_795_460_700))
    session.finish(at: 100)
    let review = PracticeReview(
      session: session, board: template.newBoard(), template: template, catalogue: library.catalogue)
    let fit = LayoutEngine.$ordering.withValue(GraphvizOrdering()) { review.fit(width: 120, height: 39) }
    let shown = fit.reference.diagram
    XCTAssertFalse(shown.board.boxes.isEmpty)
    XCTAssertEqual(
      Self.labelsOverBoxesOrFrames(shown), [], "\(fit.reference.size)\n" + TextRenderer.render(shown, charset: .unicode)
    )
  }
}

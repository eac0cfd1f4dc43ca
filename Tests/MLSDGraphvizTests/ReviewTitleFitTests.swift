// The practice review's fitted reference at 160 × 45 (the Graphviz road, as the app draws it) has
// no arrow on a group title or the dash before it: ad-click-prediction drew "┌│ Prediction
// pipeline", and the walled routing of the whole drawing was refused there (one crossing more).
// `Diagram.clearOfTitles` routes again only the arrows on a title's dash
// (`Tests/e2e/review-titles.sh` checks the screen). visual-search still draws one: that routing
// crosses 10 arrows instead of 7, past the one crossing a title may cost.
import Foundation
import MLSDGraphviz
import XCTest

@testable import MLSDCore

final class ReviewTitleFitTests: XCTestCase {
  func testTheReviewsFittedReferencesCrossNoTitle() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    for id in ["ad-click-prediction"] {
      let template = try XCTUnwrap(library.template(id))
      var session = PracticeSession(
        template: template, minutes: 45, startedAt: 0, date: Date(timeIntervalSince1970: 1_795_460_700))
      session.finish(at: 100)
      let review = PracticeReview(
        session: session, board: template.newBoard(), template: template, catalogue: library.catalogue)
      let fit = LayoutEngine.$ordering.withValue(GraphvizOrdering()) { review.fit(width: 160, height: 44) }
      XCTAssertTrue(fit.referenceFits, id)
      let diagram = fit.reference.diagram
      let frames = GroupFrame.frames(of: diagram.board)
      XCTAssertFalse(frames.filter { !$0.titleCells.isEmpty }.isEmpty, "\(id) has titled groups")
      XCTAssertEqual(
        Diagram.titleTouches(diagram.routes, frames: frames), 0, TextRenderer.render(diagram, charset: .unicode))
      let quality = LayoutQuality(diagram)
      XCTAssertEqual(quality.droppedLabels, 0, id)
      XCTAssertEqual(quality.throughBoxes, 0, id)
    }
  }
}

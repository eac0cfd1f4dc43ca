// The practice review's diagrams fitted to the screen: the whole reference is drawn when a
// layout fits its panel, the layouts keep the boxes and arrows the missing marks point at, and
// when nothing fits the smallest layout is shown with a note saying so.
import Foundation
import XCTest

@testable import MLSDCore

final class ReviewFitTests: XCTestCase {
  /// The fixture case study (a small reference: 8 boxes).
  static let review = PracticeReviewTests.fixtureReview

  func testAReferenceThatFitsIsDrawnWholeBesideTheBoard() throws {
    let review = Self.review
    let fit = review.fit(width: 160, height: 44)
    XCTAssertTrue(fit.referenceFits, "the fixture's reference fits 160x45")
    XCTAssertEqual(fit.placement, .sideBySide)
    XCTAssertLessThanOrEqual(fit.reference.columns, fit.referenceRoom.columns)
    XCTAssertLessThanOrEqual(fit.reference.rows, fit.referenceRoom.rows)
    XCTAssertLessThanOrEqual(fit.boardColumns + PracticeReview.panelGap + fit.referenceRoom.columns, 160)
    let screen = review.view(width: 160, height: 44, fit: fit)
    let lines = screen.lines()
    let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Your board") })
    XCTAssertTrue(lines[heading].contains("Reference design (what you missed marked)"), lines[heading])
    XCTAssertTrue(lines[heading + 1].contains("Fitted: "), lines[heading + 1])
    // Every reference box's label is on the first screen, right of the board's panel.
    let right = lines.map { String($0.dropFirst(fit.boardColumns + PracticeReview.panelGap)) }.joined(separator: "\n")
    for box in review.reference.boxes {
      XCTAssertTrue(right.contains(box.label), "\(box.label) is not on the screen:\n\(screen.text())")
    }
    // The missing parts are still marked on the fitted drawing.
    let roles = Set(screen.cells.map(\.style.role))
    XCTAssertTrue(roles.contains(.boxMissing), "missing boxes marked")
  }

  func testFittedLayoutsKeepTheBoxesAndArrowsTheMarksPointAt() throws {
    let review = try XCTUnwrap(PracticeReviewTests.adClickReview)
    let fit = review.fit(width: 160, height: 44)
    for (drawn, board) in [(fit.reference.diagram.board, review.reference), (fit.board.diagram.board, review.board)] {
      XCTAssertEqual(drawn.boxes.map(\.id), board.boxes.map(\.id))
      XCTAssertEqual(drawn.boxes.map(\.label), board.boxes.map(\.label))
      XCTAssertEqual(drawn.arrows.map(\.from), board.arrows.map(\.from))
      XCTAssertEqual(drawn.arrows.map(\.to), board.arrows.map(\.to))
    }
    let screen = review.view(width: 160, height: 44, fit: fit)
    XCTAssertTrue(Set(screen.cells.map(\.style.role)).contains(.boxMissing))
    XCTAssertTrue(
      review.page(width: 160, fit: fit).lines().allSatisfy { DisplayWidth.of($0) <= 160 }, "nothing past the edge")
  }

  func testWhenNothingFitsTheSmallestLayoutIsShownAndTheNoteSaysSo() throws {
    let review = Self.review
    let fit = review.fit(width: 48, height: 26)
    XCTAssertFalse(fit.referenceFits)
    let text = review.view(width: 48, height: 40, fit: fit).text()
    XCTAssertNotEqual(fit.reference.shortfall, .boxes)
    XCTAssertTrue(text.contains("Does not fit: \(fit.reference.size)"), text)
    // Panning still moves the drawings.
    XCTAssertNotEqual(
      review.view(width: 48, height: 40, pan: 16, fit: fit).text(), review.view(width: 48, height: 40, fit: fit).text())
  }

  func testWhenNothingFitsTheSmallestLayoutTriedIsKept() throws {
    let board = Self.review.reference
    let fitted = ScreenFit.fit(board, columns: 30, rows: 20)
    XCTAssertFalse(fitted.fits)
    guard case .failure(let failure) = DiagramFit.fit(board, columns: 30, rows: 20) else { return XCTFail("fits") }
    // The smallest drawing whose labels are all clear, else the smallest.
    let smallest = try XCTUnwrap(failure.clear ?? failure.smallest)
    if let clear = failure.clear { XCTAssertTrue(SmallestTried.isClear(LayoutQuality(clear.diagram))) }
    XCTAssertEqual(
      fitted.shortfall, failure.clear == nil ? .smallest : .smallestClear, "eight boxes fit 30x20 by their area")
    XCTAssertEqual(fitted.size, "\(smallest.columns)x\(smallest.rows)")
    XCTAssertEqual(
      fitted.whyShown, "\(fitted.size) at its smallest" + (failure.clear == nil ? "" : " with labels clear"))
    XCTAssertEqual(fitted.diagram.board, smallest.diagram.board)
  }

  func testSideBySideWhenTheReferenceFitsThereElseStackedWhenThatFitsElseWhatShowsMore() {
    let review = Self.review
    var chosen: [PracticeReview.Fit.Placement: Int] = [:]
    for width in stride(from: 60, through: 160, by: 20) {
      let (beside, stacked) = review.placements(width: width, height: 36)
      let fit = review.fit(width: width, height: 36)
      chosen[fit.placement, default: 0] += 1
      if beside.referenceFits {
        XCTAssertEqual(fit.placement, .sideBySide, "\(width): fits beside")
      } else if let stacked, stacked.referenceFits {
        XCTAssertEqual(fit.placement, .stacked, "\(width): fits only stacked")
        XCTAssertLessThanOrEqual(stacked.reference.columns, width)
      } else if let stacked {
        XCTAssertEqual(
          fit.placement, stacked.referenceSeen > beside.referenceSeen ? .stacked : .sideBySide, "\(width): neither fits"
        )
      }
    }
    XCTAssertEqual(Set(chosen.keys), [.sideBySide, .stacked], "both placements happen across these widths: \(chosen)")
  }

  func testTheAppFitsTheReviewToItsScreenAndAgainAfterAResize() throws {
    let template = PracticeFixtures.template()
    var app = PracticeFixtures.reviewing(width: 160, height: 45)
    let fit = try XCTUnwrap(app.state.session.reviewFit)
    XCTAssertEqual(fit.width, 160)
    XCTAssertEqual(fit.height, 44)
    XCTAssertTrue(fit.referenceFits)
    let screen = app.screen
    for box in template.reference.boxes { XCTAssertTrue(screen.contains(box.label), "\(box.label):\n\(screen)") }
    app.send(.resize(width: 80, height: 24))
    XCTAssertEqual(app.state.session.reviewFit?.width, 80)
    XCTAssertEqual(app.state.session.reviewFit?.height, 23)
    XCTAssertTrue(app.screen.contains("REVIEW"))
  }

  func testResizingBackToASizeSeenBeforeTakesTheKeptFit() throws {
    var app = PracticeFixtures.reviewing(width: 160, height: 45)
    let wide = ReviewFitKey(width: 160, height: 44, ascii: false)
    let first = try XCTUnwrap(app.state.session.reviewFits[wide])
    XCTAssertEqual(first.pageHeight, app.state.reviewPageHeight)
    app.send(.resize(width: 80, height: 24))
    XCTAssertEqual(Set(app.state.session.reviewFits.keys), [wide, ReviewFitKey(width: 80, height: 23, ascii: false)])
    let narrowHeight = app.state.reviewPageHeight
    // A kept entry marked so that only a lookup can produce it: the way back uses it, no new fit.
    app.state.session.reviewFits[wide]?.pageHeight = 9999
    app.send(.resize(width: 160, height: 45))
    XCTAssertEqual(app.state.reviewPageHeight, 9999)
    XCTAssertEqual(app.state.session.reviewFit?.width, 160)
    XCTAssertEqual(app.state.session.reviewFit?.reference.rows, first.fit.reference.rows)
    app.send(.resize(width: 80, height: 24))
    XCTAssertEqual(app.state.reviewPageHeight, narrowHeight)
    XCTAssertEqual(app.state.session.reviewFits.count, 2, "no new entry for a size seen before")
  }

  func testScreenFitOfABoardTooLargeForTheAreaIsNotSearched() {
    var board = Board(title: "many")
    for i in 0..<40 {
      board.boxes.append(
        Box(id: "b\(i)", label: "Service number \(i)", frame: GridRect(x: i * 30, y: 0, width: 22, height: 4)))
    }
    XCTAssertGreaterThan(ScreenFit.compactArea(of: board), 60 * 20)
    let fitted = ScreenFit.fit(board, columns: 60, rows: 20)
    XCTAssertFalse(fitted.fits)
    XCTAssertEqual(fitted.layout, "compact boxes")
    XCTAssertEqual(fitted.shortfall, .boxes)
    XCTAssertEqual(fitted.whyShown, "the boxes alone need more room; \(fitted.size)")
    XCTAssertEqual(fitted.diagram.board.boxes.map(\.id), board.boxes.map(\.id))
    XCTAssertTrue(fitted.diagram.board.boxes.allSatisfy { $0.frame.height == 3 })
    let empty = ScreenFit.fit(Board(title: "empty"), columns: 10, rows: 5)
    XCTAssertTrue(empty.fits)
    XCTAssertNil(empty.layout)
  }
}

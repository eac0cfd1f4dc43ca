// The app's fit to an area of the screen (ScreenFit: the zoom's fit to window and the practice
// review's panels) and `mlsd render --fit` are one search: for an area of C × R the app draws
// what `--fit Cx(R+2)` prints (the command's title line and the blank line under it take two
// rows), and when nothing fits, the smallest layout the command names, each after the corner pass
// the command gives the drawing it prints.
import MLSDCore
import XCTest

@testable import mlsd

final class RenderFitCommandTests: XCTestCase {
  func reference(_ id: String) throws -> Board {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    return try XCTUnwrap(library.template(id), id).referenceBoard()
  }

  func testTheAppsFitDrawsWhatRenderFitPrints() throws {
    let board = try reference("news-feed")
    // The canvas of a 160 × 45 window (a 44-column panel, the top and status lines).
    let app = ScreenFit.fit(board, columns: 116, rows: 43)
    guard case .success(let choice) = Render.fitted(board, columns: 116, rows: 45) else {
      return XCTFail("news feed's reference fits 116x45")
    }
    XCTAssertTrue(app.fits)
    // As the command prints it: corners (and titles' dashes) cleared where that reads no worse.
    let printed = choice.diagram.clearOfCorners(room: (116, 43))
    XCTAssertEqual(
      TextRenderer.render(app.diagram, charset: .unicode), TextRenderer.render(printed, charset: .unicode))
    XCTAssertEqual(app.layout, "\(choice.detail.rawValue) boxes, \(choice.arrangement.rawValue)")
  }

  func testWhenNothingFitsTheAppDrawsTheSmallestLayoutRenderFitNames() throws {
    let board = try reference("news-feed")
    // The canvas of an 80 × 24 window (a 30-column panel).
    let app = ScreenFit.fit(board, columns: 50, rows: 22)
    guard case .failure(let failure) = Render.fitted(board, columns: 50, rows: 24) else {
      return XCTFail("news feed's reference fits 50x24")
    }
    // The smallest drawing whose labels are all clear, else the smallest.
    let smallest = try XCTUnwrap(failure.clear ?? failure.smallest)
    XCTAssertFalse(app.fits)
    XCTAssertEqual(app.shortfall, failure.clear == nil ? .smallest : .smallestClear)
    XCTAssertEqual(app.size, "\(smallest.columns)x\(smallest.rows)")
    XCTAssertEqual(
      app.whyShown,
      "\(smallest.columns)x\(smallest.rows) at its smallest" + (failure.clear == nil ? "" : " with labels clear"))
    XCTAssertEqual(
      TextRenderer.render(app.diagram, charset: .unicode),
      TextRenderer.render(smallest.diagram.clearOfCorners(), charset: .unicode))
  }
}

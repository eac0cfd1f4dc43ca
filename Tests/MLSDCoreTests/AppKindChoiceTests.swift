// Kinds are what the person picks: "redis" adds a Cache first (Redis is the first example of a
// cache, one of several of an online feature store) and the template's wanted kinds come first
// among equal matches; `K cache` declares Cache; a palette box renamed to words of another kind
// takes that kind from its label, while a kind chosen with K stays through a rename.
import XCTest

@testable import MLSDCore

final class AppKindChoiceTests: XCTestCase {
  func testRedisAddsACacheAndOffersTheFeatureStoreToo() {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("redis")
    let offered = app.state.paletteResults("redis").map(\.id)
    XCTAssertEqual(Array(offered.prefix(2)), ["cache", "online-feature-store"])
    app.press(.enter)
    XCTAssertEqual(app.state.selectedBox?.kind, "cache")
  }

  func testTheTemplatesMissingKindComesFirstAmongEqualMatches() {
    var app = AppHarness(template: "youtube-video-search")
    XCTAssert(app.state.wantedKinds.contains("ab-testing"))
    XCTAssertEqual(app.state.paletteResults("experiment").first?.id, "ab-testing")
    app.add("experiment")
    XCTAssertEqual(app.state.selectedBox?.kind, "ab-testing")
    XCTAssertFalse(app.state.wantedKinds.contains("ab-testing"), "present now")
    XCTAssertEqual(app.state.paletteResults("experiment").first?.id, "experiment-tracking")
    // Without a template, the name's prefix comes before an alias's.
    XCTAssertEqual(AppHarness().state.paletteResults("experiment").first?.id, "experiment-tracking")
  }

  func testKWithAKindsExactNameDeclaresIt() {
    var app = AppHarness()
    let id = app.add("online feature store")
    XCTAssertEqual(app.box(id)?.kind, "online-feature-store")
    app.press(.char("K"))
    app.type("cache")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.kind, "cache")
    XCTAssertEqual(app.state.message?.text.hasPrefix("kind: Cache (declared)"), true, app.state.message?.text ?? "")
  }

  func testRenamingAPaletteBoxToAnotherKindsWordsTakesTheirKind() {
    var app = AppHarness()
    let id = app.add("online feature store")
    app.rename("Result cache")
    XCTAssertEqual(app.state.selectedBoxID, "result-cache", "the id made from the old label follows the new one")
    XCTAssertNil(app.selectedBox?.kind)
    XCTAssertEqual(
      app.state.message?.text,
      "Renamed to Result cache; kind read from the label: Cache, no longer Online feature store (K declares one, u undoes)"
    )
    XCTAssert(app.state.catalogueKinds(of: "result-cache").contains("cache"))
    app.press(.char("u"))
    XCTAssertEqual(app.box(id)?.kind, "online-feature-store")
  }

  func testAKindChosenWithKStaysThroughARename() {
    var app = AppHarness()
    let id = app.add("Sentinel")
    app.press(.char("K"))
    app.type("monitoring")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.kind, "monitoring")
    app.rename("Sentinel cache")
    XCTAssertEqual(app.selectedBox?.kind, "monitoring")
    // A palette box renamed to words of no kind, or of its own, keeps it too.
    app.add("online feature store")
    app.rename("Sidecar")
    XCTAssertEqual(app.selectedBox?.kind, "online-feature-store")
  }
}

extension AppState {
  fileprivate func catalogueKinds(of id: String) -> Set<String> {
    board.box(id).map { library.catalogue.kinds(of: $0) } ?? []
  }
}

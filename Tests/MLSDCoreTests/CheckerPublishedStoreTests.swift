// A batch design that ends at the store people browse ("Blurred pano store → Maps tile CDN") has
// drawn where its results reach the users: with no client box, that store stands in for the
// client, named in a warning, and the flows to and from the client run from it.
import XCTest

@testable import MLSDCore

final class CheckerPublishedStoreTests: XCTestCase {
  let library = Fixtures.library

  /// The fresh18 tester's Street View design, without its notes.
  private func board(_ extra: [(String, String)] = [], client: Bool = false) -> Board {
    var boxes: [(String, String, String?)] = [
      ("cams", "Street View cars", "360 camera rigs"), ("raw", "Raw pano bucket", "GCS"),
      ("prep", "Tiling + resize", "Beam batch job"), ("det", "Face/plate detector", "Faster R-CNN on GPU"),
      ("nms", "Box merge", "NMS IoU 0.5"), ("blur", "Blur service", "gaussian"), ("pub", "Blurred pano store", nil),
      ("cdn", "Maps tile CDN", nil), ("reports", "Privacy complaints queue", nil), ("annot", "Annotation", "Labelbox"),
      ("ds", "Labelled bbox dataset", nil), ("train", "Detector training", "PyTorch + aug"),
      ("reg", "Model registry", "MLflow"), ("mon", "Job + drift dashboards", "Grafana"),
    ]
    if client { boxes.append(("viewer", "Maps viewers", nil)) }
    var b = Fixtures.flow(
      boxes,
      [
        ("cams", "raw"), ("raw", "prep"), ("prep", "det"), ("det", "nms"), ("nms", "blur"), ("blur", "pub"),
        ("pub", "cdn"), ("cdn", "reports"), ("reports", "annot"), ("raw", "annot"), ("annot", "ds"), ("ds", "train"),
        ("train", "reg"), ("reg", "det"), ("det", "mon"), ("reports", "mon"),
      ] + extra)
    b.template = "street-view-blurring"
    b.arrows[7].label = "report: face visible"
    b.arrows[8].label = "hard examples"
    return b
  }

  private func report(_ board: Board) -> CheckReport {
    Checker.check(board, template: library.template("street-view-blurring"), catalogue: library.catalogue)
  }

  func testTheStorePeopleBrowseStandsInForTheClient() {
    let r = report(board())
    XCTAssertTrue(
      r.reading.box("cdn")?.kinds.contains("client") ?? false, "\(String(describing: r.reading.box("cdn")))")
    XCTAssertFalse(r.reading.box("pub")?.kinds.contains("client") ?? true)
    let client = r.checks.first { $0.title == "Client" }
    XCTAssertEqual(client?.passed, false)
    XCTAssertEqual(client?.severity, .warning)
    XCTAssertTrue(
      client?.message.contains("'Maps tile CDN' stands in: the batch output people browse") ?? false,
      "\(String(describing: client))")
    // The flows to the client and from it (the users' reports) hold from the store.
    let errors = r.checks.filter { !$0.passed && $0.severity == .error && $0.message.contains("Client") }
    XCTAssertEqual(errors.map(\.message), [])
    XCTAssertEqual(r.checks.first { $0.title == "Batch prediction → Client" }?.passed, true)
    XCTAssertEqual(r.checks.first { $0.title == "Client → Labelling" }?.passed, true)
  }

  func testAStoreWhoseContentsGoOnIntoThePipelineIsNoEndPeopleBrowse() {
    // The CDN's tiles go on into training: the output is no end, and the client stays missing.
    let r = report(board([("cdn", "train")]))
    XCTAssertFalse(r.reading.boxes.contains { $0.kinds.contains("client") })
    XCTAssertEqual(r.checks.first { $0.title == "Client" }?.severity, .error)
  }

  func testADrawnClientLeavesTheStoreAStore() {
    let r = report(board([("cdn", "viewer")], client: true))
    XCTAssertEqual(r.reading.boxes.filter { $0.kinds.contains("client") }.map(\.boxID), ["viewer"])
  }
}

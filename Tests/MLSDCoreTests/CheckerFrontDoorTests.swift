// The front door and the store behind it, as engineers name them: an "API" the app calls is the
// gateway to the services behind it, unless its words say it predicts ("Scoring API"); a "front
// end" (two words) is the server that takes the request, the "frontend" of the client app aside;
// and "Precomputed PYMK" is the store of what the batch job computed, not the job.
import XCTest

@testable import MLSDCore

final class CheckerFrontDoorTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func counted(_ label: String, detail: String? = nil) -> [String] {
    let box = Box(id: "b", label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    return KindRecognizer.counted(catalogue.evidence(of: box)).map(\.kind)
  }

  func testAnAPINamedAfterWhatItTakesIsTheGateway() {
    for label in ["Upload API", "Posting API", "PYMK API", "Similar-homes API", "Search mixer API"] {
      XCTAssertEqual(counted(label), ["api-gateway"], label)
    }
    // Words that say it predicts keep it the model's server.
    for label in ["Scoring API", "Prediction API", "Model API", "Inference API"] {
      let kinds = counted(label)
      XCTAssertTrue(kinds.contains("inference-service"), "\(label): \(kinds)")
      XCTAssertFalse(kinds.contains("api-gateway"), "\(label): \(kinds)")
    }
  }

  func testAnAPIBetweenTheAppAndTheModelIsTheGatewayOnTheBoard() {
    let board = Fixtures.flow(
      [("app", "Mobile app"), ("up", "Upload API"), ("m", "Harm classifier"), ("src", "Post events")],
      [("app", "up"), ("up", "m"), ("up", "src")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["inference-service", "data-source"])
    XCTAssertEqual(reading.boxes[1].kinds, ["api-gateway"], "\(reading.boxes[1])")
    XCTAssertTrue(reading.boxes[2].kinds.contains("inference-service"), "\(reading.boxes[2])")
  }

  func testAFrontEndInTwoWordsIsTheServerThatTakesTheRequest() {
    for label in ["Search front end", "Front-end / API", "Recommendation front end"] {
      XCTAssertTrue(counted(label).contains("api-gateway"), "\(label): \(counted(label))")
    }
    // The client's own frontend, in one word, is the app.
    XCTAssertEqual(counted("Web frontend"), ["client"])
    XCTAssertFalse(counted("Frontend").contains("api-gateway"))
  }

  func testPrecomputedResultsAreTheStoreNotTheJob() {
    XCTAssertNotEqual(WordForms.stem("precomputed"), WordForms.stem("precompute"))
    // Under a label that only says they were precomputed, the detail names the store.
    XCTAssertEqual(counted("Precomputed PYMK", detail: "top 100 per member, key-value store"), ["cache"])
    // The work of precomputing is still the batch job.
    for label in ["Precompute PYMK", "Nightly precomputation", "Precomputed predictions"] {
      XCTAssertTrue(counted(label).contains("batch-prediction"), "\(label): \(counted(label))")
    }
    // Between the batch scorer and the API, precomputed suggestions are the cache.
    let board = Fixtures.flow(
      [
        ("job", "Nightly scoring job"), ("kv", "Precomputed suggestions"), ("api", "Suggestions API"),
        ("app", "My network page"),
      ],
      [("job", "kv"), ("app", "api"), ("api", "kv"), ("kv", "api")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["batch-prediction", "cache"])
    XCTAssertEqual(reading.boxes[1].kinds, ["cache"], "\(reading.boxes[1])")
    XCTAssertEqual(reading.boxes[2].kinds, ["api-gateway"], "\(reading.boxes[2])")
  }
}

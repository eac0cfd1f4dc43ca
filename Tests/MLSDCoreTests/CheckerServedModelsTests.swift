// Without a registry drawn, training hands its models straight to what serves them: a box its
// head word calls models or classifiers, that training and the data to score feed, applies them.
import XCTest

@testable import MLSDCore

final class CheckerServedModelsTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testModelsTrainingAndDataFeedApplyTheModels() {
    let b = Fixtures.flow(
      [
        ("engagement", "Engagement over time", nil), ("viral", "Virality and reactive spam models", nil),
        ("remove", "Remove the post", nil), ("review", "Human review", nil), ("train", "Offline training", nil),
      ],
      [("engagement", "viral"), ("viral", "remove"), ("viral", "review"), ("review", "train"), ("train", "viral")])
    let reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
  }

  func testModelsKeptForServingOrEvaluationAreNotApplied() {
    // Models that training hands to serving are kept (the registry's place), not applied.
    var b = Fixtures.flow(
      [("train", "Offline training", nil), ("models", "Saved models", nil), ("serve", "Prediction service", nil)],
      [("train", "models"), ("models", "serve")])
    var reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
    // Models on their way to evaluation, or named as a registry, neither.
    b = Fixtures.flow(
      [("train", "Offline training", nil), ("models", "Candidate models", nil), ("eval", "Offline evaluation", nil)],
      [("train", "models"), ("models", "eval")])
    reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
    b = Fixtures.flow(
      [("train", "Offline training", nil), ("models", "MLflow models", nil), ("review", "Human review", nil)],
      [("train", "models"), ("models", "review")])
    reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
    // A head word that is no model ("Model versions") is not applied either.
    b = Fixtures.flow(
      [("train", "Offline training", nil), ("v", "Weekly snapshots", nil), ("review", "Human review", nil)],
      [("train", "v"), ("v", "review")])
    reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
  }
}

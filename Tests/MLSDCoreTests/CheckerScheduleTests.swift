// When and over what a box works, as people write it: "every Sunday" is a schedule, training
// "every 4 hours" is training on a schedule, an order to score "all candidates" is a batch job,
// and "Home vectors" are vectors kept, not the service that computes them.
import XCTest

@testable import MLSDCore

final class CheckerScheduleTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testAScheduleIsWhatStartsTraining() {
    // At the start of the label, the schedule is what the box is (with its place).
    let board = Fixtures.flow(
      [("w", "Every Sunday, or sooner when click-through drops"), ("t", "Learn a vector per cabin")],
      [("w", "t")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["retraining-trigger"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("retraining-trigger"), "\(reading.boxes[0])")
    // Training named with a schedule is training run on it.
    for label in ["XGBoost fine-tune every 4 hours", "Fine-tune every hour from the last weights"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.isSuperset(of: ["training-pipeline", "retraining-trigger"]), "'\(label)': \(kinds)")
    }
    // Not "every" before something that is no unit of time, nor a schedule without training.
    XCTAssertFalse(catalogue.kinds(inText: "Fine-tune every layer").contains("retraining-trigger"))
    XCTAssertFalse(catalogue.kinds(inText: "New pins saved every day").contains("retraining-trigger"))
  }

  func testAnOrderToScoreEveryItemIsABatchJob() {
    for label in ["Score all candidates", "Predict churn for every customer", "Embed each listing"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("batch-prediction"), "'\(label)': \(kinds)")
    }
    // Not an order of other work, nor "every" as a schedule.
    XCTAssertFalse(catalogue.kinds(inText: "Blur every kept box").contains("batch-prediction"))
    XCTAssertFalse(catalogue.kinds(inText: "Score candidates").contains("batch-prediction"))
    XCTAssertFalse(catalogue.kinds(inText: "Score every hour").contains("batch-prediction"))
  }

  func testKeptVectorsAreNoEncoder() {
    XCTAssertFalse(catalogue.kinds(inText: "Home vectors").contains("embedding-service"))
    XCTAssertTrue(catalogue.kinds(inText: "Vector encoder").contains("embedding-service"))
  }
}

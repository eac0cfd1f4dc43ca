// Words practitioners write that the reading once missed: lowering an item in the feed
// ("downrank", FACTS.md's demoting service) as an action a listing label names; a slash joining
// two nouns after a person ("flags / reports": the users' reports, not a sentence about them); a
// detail line that lists the app's platforms ("iOS + Android": the client); a share of the traffic
// named as a bucket ("10% bucket": an experiment, no object store); a "miner" of data (batch
// ETL, as a builder is); rows of training data (data, not a trainer).
import XCTest

@testable import MLSDCore

final class CheckerActionAndPlatformWordsTests: XCTestCase {
  func kinds(_ label: String, detail: String? = nil) -> Set<String> { Fixtures.kinds(label, detail: detail) }

  func testDownrankingIsDemotion() {
    XCTAssertTrue(kinds("Downranking service").contains("re-ranking"))
    XCTAssertTrue(kinds("Downrank").contains("re-ranking"))
    XCTAssertTrue(kinds("Downrank in timeline").contains("re-ranking"))
  }

  func testABareVerbOfActingInAListingLabelIsAnAction() {
    let both = kinds("Demote & annotation queue")
    XCTAssertTrue(both.isSuperset(of: ["re-ranking", "labelling"]), "\(both)")
    let removes = kinds("Remove + appeal queue")
    XCTAssertTrue(removes.contains("enforcement-service"), "\(removes)")
    // In a detail line the verb only describes the box: "Moderation queue" stays labelling.
    let queue = kinds("Moderation queue", detail: "demote + notify")
    XCTAssertFalse(queue.contains("re-ranking"), "\(queue)")
    // A word that is no verb of acting on an item names no action: "Fusion + ranking" is no list
    // of orders.
    XCTAssertFalse(kinds("Fusion + ranking").contains("enforcement-service"))
  }

  func testASlashAfterAPersonsNounJoinsNouns() {
    let reports = kinds("Viewer flags / reports")
    XCTAssertFalse(reports.contains("client"), "\(reports)")
    XCTAssertTrue(reports.contains("labelling"), "\(reports)")
    // A sentence goes on after the second verb: still the person.
    XCTAssertTrue(kinds("Viewer shares / likes a clip").contains("client"))
  }

  func testADetailOfPlatformsOnlyIsTheApp() {
    XCTAssertTrue(kinds("Photo submission", detail: "iOS + Android").contains("client"))
    XCTAssertTrue(kinds("Landing screen", detail: "mobile web, desktop").contains("client"))
    // Anything else in the detail line: no such reading.
    XCTAssertFalse(kinds("Crash reports", detail: "iOS, Android and more").contains("client"))
    XCTAssertFalse(kinds("Model server", detail: "GPU + CPU").contains("client"))
  }

  func testAShareNamedAsABucketIsAnExperiment() {
    let split = kinds("Traffic splitter", detail: "10% bucket")
    XCTAssertTrue(split.contains("ab-testing"), "\(split)")
    XCTAssertFalse(split.contains("object-storage"), "\(split)")
    let platform = kinds("Experiment service", detail: "A/B 2% buckets")
    XCTAssertFalse(platform.contains("object-storage"), "\(platform)")
    XCTAssertTrue(kinds("3% bucket").contains("ab-testing"))
    // Buckets of a store, or a count of buckets, stay storage.
    XCTAssertTrue(kinds("Media", detail: "5 buckets").contains("object-storage"))
    XCTAssertFalse(kinds("Raw uploads", detail: "S3 buckets").contains("ab-testing"))
  }

  func testAMinerOfDataPreparesIt() {
    XCTAssertTrue(kinds("Session pair miner").contains("batch-etl"))
    XCTAssertFalse(kinds("Session pair miner").contains("data-lake"))
    // Without data named it says nothing.
    XCTAssertFalse(kinds("Model miner").contains("batch-etl"))
  }

  func testRowsForTrainingAreData() {
    let rows = kinds("Retraining rows", detail: "BigQuery")
    XCTAssertTrue(rows.contains("data-lake"), "\(rows)")
    XCTAssertFalse(rows.contains("training-pipeline"), "\(rows)")
    XCTAssertTrue(kinds("Retraining job").contains("training-pipeline"))
  }
}

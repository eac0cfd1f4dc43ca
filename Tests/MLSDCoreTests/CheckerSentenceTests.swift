// Sentences and orders as people write them, and the noun phrases that only look like them: a
// person who saves or uploads something is the client ("Pinner saves or uploads a Pin"), while
// "Advertiser campaigns and ads" lists what advertisers made, and "Label join" is a join, not an
// order to label. A detail line that lists roles ("experiment tracking and model registry")
// names each, a count per impression is a rate that is watched, and a share of the users is an
// experiment.
import XCTest

@testable import MLSDCore

final class CheckerSentenceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testWhoeverSavesUploadsOrSharesIsThePerson() {
    for label in ["Pinner saves or uploads a Pin", "Pinner shares a board", "Shopper shares a list"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("client"), "'\(label)': \(kinds)")
    }
    // Not a sentence when the subject is a kind's word ("Moderator" labels).
    XCTAssertFalse(catalogue.kinds(inText: "Moderator saves a verdict").contains("client"))
  }

  func testNounsJoinedByAndAreNoSentence() {
    XCTAssertFalse(catalogue.kinds(inText: "Advertiser campaigns and ads").contains("client"))
    // With an object after the second verb it is one.
    XCTAssertTrue(catalogue.kinds(inText: "Viewer likes or shares a video").contains("client"))
  }

  private func counted(_ label: String, _ detail: String) -> Set<String> {
    let box = Box(id: "b", label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    return Set(KindRecognizer.counted(catalogue.evidence(of: box)).map(\.kind))
  }

  func testADetailThatListsTheRolesOfTheBoxNamesEach() {
    XCTAssertEqual(
      counted("Comet ML", "experiment tracking and model registry"), ["experiment-tracking", "model-registry"])
    // Not without the label's own kind among them, nor for technologies or what the box holds.
    XCTAssertFalse(counted("Comet ML", "model registry").contains("model-registry"))
    XCTAssertFalse(counted("Versioned models", "SageMaker and MLflow registry").contains("training-pipeline"))
    XCTAssertFalse(counted("Data lake", "raw events and data lake tables").contains("data-source"))
  }

  func testACountPerImpressionIsARateThatIsWatched() {
    for label in ["Reports per impression per policy", "Clicks per impression", "Errors per request"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("monitoring"), "'\(label)': \(kinds)")
    }
    // Per user, per session or per class is a breakdown, not a rate of what was served.
    for label in ["Home page views per session", "Features per user", "PR-AUC per class"] {
      XCTAssertFalse(catalogue.kinds(inText: label).contains("monitoring"), label)
    }
  }

  func testAShareOfTheTrafficIsAnExperiment() {
    for label in ["Try new model on 5% of guests", "A/B on 10% of users", "Send 1% of the traffic to v2"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("ab-testing"), "'\(label)': \(kinds)")
    }
    // A share of something else is no split of the traffic.
    for label in ["Sample 10% of frames", "Top 5% of listings", "Keep 20% of events"] {
      XCTAssertFalse(catalogue.kinds(inText: label).contains("ab-testing"), label)
    }
  }

  func testAFeatureStoreTheLabelCallsOfflineIsTheOfflineOne() {
    XCTAssertEqual(catalogue.kinds(inText: "Shared feature store, offline"), ["offline-feature-store"])
    XCTAssertEqual(catalogue.kinds(inText: "Feature store (online)"), ["online-feature-store"])
    // Without a word for which, a feature store is both.
    XCTAssertEqual(catalogue.kinds(inText: "Feature store"), ["offline-feature-store", "online-feature-store"])
  }

  func testABucketOfMediaIsTheObjectStore() {
    for label in ["S3 raw imagery", "GCS raw panoramas", "Uploaded videos on GCS"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("object-storage"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-lake"), "'\(label)': \(kinds)")
    }
    // A bucket name alone, or a lake named as such, keeps the lake.
    XCTAssertTrue(catalogue.kinds(inText: "S3").contains("data-lake"))
    XCTAssertTrue(catalogue.kinds(inText: "S3 data lake of images").contains("data-lake"))
  }

  func testAVerbFormBeforeOneWordOfDataWorkQualifiesIt() {
    let kinds = catalogue.kinds(inText: "Label join")
    XCTAssertTrue(kinds.contains("batch-etl"), "\(kinds)")
    XCTAssertFalse(kinds.contains("labelling"), "\(kinds)")
    // Orders stay orders.
    XCTAssertTrue(catalogue.kinds(inText: "Label the crops").contains("labelling"))
    XCTAssertTrue(catalogue.kinds(inText: "Train ranking model").contains("training-pipeline"))
  }
}

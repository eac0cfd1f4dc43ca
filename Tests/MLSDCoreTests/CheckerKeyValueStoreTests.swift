// A key-value store named only by its technology ("Redis", "Cassandra") is the cache and the
// online feature store by name; what writes into it says which: feature jobs keep features in
// it, a batch scorer or a serving step its answers.
import XCTest

@testable import MLSDCore

final class CheckerKeyValueStoreTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  func kinds(_ store: String, writers: [String], template: Set<String> = ["online-feature-store", "cache"]) -> Set<
    String
  > {
    var boxes = [("store", store), ("serve", "Fraud scoring service")]
    var arrows = [("store", "serve")]
    for (n, writer) in writers.enumerated() {
      boxes.append(("w\(n)", writer))
      arrows.append(("w\(n)", "store"))
    }
    let reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: template)
    return reading.boxes[0].kinds
  }

  func testAFeatureJobWritesFeaturesAndABatchScorerWritesAnswers() {
    let features = kinds("Redis", writers: ["Flink streaming job"])
    XCTAssertTrue(features.contains("online-feature-store"), "\(features)")
    XCTAssertFalse(features.contains("cache"), "\(features)")
    let answers = kinds("Cassandra", writers: ["Batch scoring job"])
    XCTAssertTrue(answers.contains("cache"), "\(answers)")
    XCTAssertFalse(answers.contains("online-feature-store"), "\(answers)")
  }

  func testBothWritersNoWriterOrAWordThatSaysWhichLeaveTheReading() {
    // Features and answers both written into it: it keeps both.
    let both = kinds("Redis", writers: ["Flink streaming job", "Batch scoring job"])
    XCTAssertTrue(both.isSuperset(of: ["online-feature-store", "cache"]), "\(both)")
    // Nothing writes into it: its place says nothing.
    let alone = kinds("Redis", writers: [])
    XCTAssertTrue(alone.isSuperset(of: ["online-feature-store", "cache"]), "\(alone)")
    // A word that names the cache is not overruled by the writer.
    XCTAssertTrue(kinds("Redis feature cache", writers: ["Flink streaming job"]).contains("cache"))
  }
}

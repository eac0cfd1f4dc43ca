// Which store a feature-store product's box is: its historical or offline store is the offline
// feature store (not a lake), its online store on a key-value store is no cache, and snapshots
// of features are the offline store.
import XCTest

@testable import MLSDCore

final class CheckerFeatureStoreWordsTests: XCTestCase {
  private func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    Fixtures.kinds(label, detail: detail)
  }

  func testAProductsHistoricalStoreIsTheOfflineFeatureStore() {
    for (label, detail) in [
      ("Feast historical store", "point-in-time joins for training sets"), ("Feast offline", nil),
      ("Tecton batch store", nil), ("Shared feature store, offline", nil),
    ] {
      XCTAssertEqual(kinds(label, detail: detail), ["offline-feature-store"], label)
    }
    XCTAssertEqual(kinds("Feast online serving store"), ["online-feature-store"])
    // A lake its words name stays.
    XCTAssertTrue(kinds("Feast historical store and data lake").contains("data-lake"))
    // Saying neither, or both, keeps both stores.
    XCTAssertEqual(kinds("Feast"), ["offline-feature-store", "online-feature-store"])
    XCTAssertEqual(kinds("Feast online and offline"), ["offline-feature-store", "online-feature-store"])
    // A history that names no feature-store product is the lake's.
    XCTAssertTrue(kinds("Historical click archive").contains("data-lake"))
  }

  func testAnOnlineFeatureStoreOnAKeyValueStoreIsNoCache() {
    for label in ["Feast online on Redis", "Online features (Redis)", "Feast online store on Redis"] {
      XCTAssertEqual(kinds(label), ["online-feature-store"], label)
    }
    // A word of features beside the store says the same ("Redis features", "Redis online FS").
    for label in ["Redis features", "Redis online FS", "DynamoDB user features"] {
      XCTAssertEqual(kinds(label), ["online-feature-store"], label)
    }
    // Not a word of the cache ("hot items"), nor one of neither ("scores").
    XCTAssertEqual(kinds("Redis hot items"), ["cache"])
    XCTAssertTrue(kinds("Redis scores").contains("cache"))
    // The store alone, or named a cache, keeps the cache.
    XCTAssertTrue(kinds("Redis").contains("cache"))
    XCTAssertTrue(kinds("Redis cache").contains("cache"))
    XCTAssertTrue(kinds("Redis feature cache").contains("cache"))
    XCTAssertEqual(kinds("Precomputed suggestions - Cassandra"), ["cache"])
  }

  func testSnapshotsOfFeaturesAreTheOfflineStore() {
    XCTAssertEqual(kinds("Customer feature snapshots"), ["offline-feature-store"])
    XCTAssertEqual(kinds("Hive feature snapshots"), ["offline-feature-store"])
    // Snapshots of something else are not.
    XCTAssertFalse(kinds("Model snapshots").contains("offline-feature-store"))
    XCTAssertFalse(kinds("Daily graph snapshot").contains("offline-feature-store"))
  }

  func testFeaturesComputedAtRequestTimeAreInNoStore() {
    for label in ["Request-time features", "Query time features", "Serving-time features"] {
      XCTAssertTrue(kinds(label).isDisjoint(with: ["online-feature-store", "offline-feature-store", "client"]), label)
    }
    // A store its words name stays a store; features with no moment stay the store's.
    XCTAssertTrue(kinds("Request-time feature store").contains("online-feature-store"))
    XCTAssertTrue(kinds("Online features").contains("online-feature-store"))
    XCTAssertTrue(kinds("Per-user features").contains("online-feature-store"))
    // A moment that is no moment of serving ("Long-time features") says nothing.
    XCTAssertFalse(kinds("Long-time features").isDisjoint(with: ["online-feature-store", "offline-feature-store"]))
  }
}

// Recognising component kinds from labels: whole words, any case, longer aliases winning.
import XCTest

@testable import MLSDCore

final class AliasRecognitionTests: XCTestCase {
  /// (label, a kind it must count as, or nil when it must count as none of `absent`)
  private let positives: [(String, String)] = [
    ("Kafka topic", "stream-ingestion"),
    ("kafka", "stream-ingestion"),
    ("AWS Kinesis stream", "stream-ingestion"),
    ("Pub/Sub", "stream-ingestion"),
    ("Event bus", "stream-ingestion"),
    ("Flink job", "stream-processing"),
    ("Spark Streaming", "stream-processing"),
    ("Nightly Spark job", "batch-etl"),
    ("Airflow DAG", "orchestration"),
    ("Kubeflow Pipelines", "orchestration"),
    ("Feast", "online-feature-store"),
    ("Feast", "offline-feature-store"),
    ("Tecton feature platform", "offline-feature-store"),
    ("Redis", "online-feature-store"),
    ("Redis", "cache"),
    ("MLflow Model Registry", "model-registry"),
    ("W&B", "experiment-tracking"),
    ("Weights & Biases", "experiment-tracking"),
    ("SageMaker Training", "training-pipeline"),
    ("Triton Inference Server", "inference-service"),
    ("TorchServe", "inference-service"),
    ("KServe endpoint", "inference-service"),
    ("FAISS index", "vector-index"),
    ("ScaNN", "vector-index"),
    ("Milvus", "vector-index"),
    ("Elasticsearch", "text-search-index"),
    ("Prometheus + Grafana", "monitoring"),
    ("Grafana dashboards", "monitoring"),
    ("Ray Serve", "inference-service"),
    ("S3 bucket", "object-storage"),
    ("BigQuery", "data-lake"),
    ("Event logs", "data-source"),
    ("Impression logs", "prediction-logging"),
    ("Prediction logs", "prediction-logging"),
    ("Re-ranking service", "re-ranking"),
    ("Ranking service", "ranking"),
    ("Candidate generation", "candidate-generation"),
    ("Two-tower retrieval", "candidate-generation"),
    ("Human labelling", "labelling"),
    ("Mobile app", "client"),
    ("API gateway", "api-gateway"),
    ("Envoy", "api-gateway"),
    ("Online feature store", "online-feature-store"),
    ("A/B testing", "ab-testing"),
    ("Optimizely", "ab-testing"),
    ("Statsig experiments", "ab-testing"),
    ("Online A/B bucket", "ab-testing"),
    ("Scheduled retraining", "retraining-trigger"),
  ]

  /// (label, kinds it must not count as)
  private let negatives: [(String, [String])] = [
    ("Kafkaesque bureaucracy", ["stream-ingestion"]),
    ("Sparkle UI", ["batch-etl"]),
    ("Feasting", ["online-feature-store", "offline-feature-store"]),
    ("Redistribution", ["cache", "online-feature-store"]),
    ("Mlflowers", ["model-registry"]),
    ("Spark Streaming", ["batch-etl"]),
    ("Re-ranking service", ["ranking"]),
    ("Prediction logs", ["data-source"]),
    ("Batch scoring job", ["ranking"]),
    ("Happy path", []),
    ("Applications", ["client"]),
    ("Grafanas", []),
  ]

  func testPositiveLabels() {
    let catalogue = Fixtures.library.catalogue
    XCTAssertGreaterThanOrEqual(positives.count + negatives.count, 40)
    for (label, kind) in positives {
      XCTAssertTrue(catalogue.kinds(inText: label).contains(kind), "'\(label)' should count as \(kind)")
    }
  }

  func testNegativeLabels() {
    let catalogue = Fixtures.library.catalogue
    for (label, kinds) in negatives {
      let found = catalogue.kinds(inText: label)
      for kind in kinds { XCTAssertFalse(found.contains(kind), "'\(label)' must not count as \(kind): \(found)") }
    }
    XCTAssertEqual(catalogue.kinds(inText: "Happy path"), [])
  }

  func testDeclaredKindAndDetailLineCount() {
    let catalogue = Fixtures.library.catalogue
    let box = Box(
      id: "x", label: "Thing", kind: "cache", detail: "backed by Milvus",
      frame: GridRect(x: 0, y: 0, width: 9, height: 3))
    XCTAssertEqual(catalogue.kinds(of: box), ["cache", "vector-index"])
  }

  func testCatalogueHasTheKindsTheIssueNames() {
    let ids = Set(Fixtures.library.catalogue.ids)
    for id in [
      "data-source", "stream-ingestion", "batch-etl", "data-lake", "labelling", "offline-feature-store",
      "online-feature-store", "training-pipeline", "orchestration", "experiment-tracking", "model-registry",
      "batch-prediction", "inference-service", "embedding-service", "vector-index", "candidate-generation",
      "ranking", "re-ranking", "cache", "object-storage", "ab-testing", "monitoring", "prediction-logging",
      "retraining-trigger", "api-gateway", "client",
    ] {
      XCTAssertTrue(ids.contains(id), id)
    }
    XCTAssertGreaterThanOrEqual(ids.count, 25)
  }

  func testPaletteSearchFindsKindsByAliasPrefix() {
    let catalogue = Fixtures.library.catalogue
    XCTAssertEqual(catalogue.search("kafk").first?.id, "stream-ingestion")
    XCTAssertEqual(catalogue.search("regis").first?.id, "model-registry")
    XCTAssertEqual(catalogue.search("faiss").first?.id, "vector-index")
    // Two prefix matches: the alias the query is closer to first ("Elasticsearch" before
    // "Elasticsearch kNN"), not the catalogue's order.
    XCTAssertEqual(catalogue.search("elastic").prefix(2).map(\.id), ["text-search-index", "vector-index"])
    XCTAssertEqual(catalogue.search("elasticsearch k").first?.id, "vector-index")
  }

  func testAPipelineOfLogsOrEventsIsTheirTransport() {
    let catalogue = Fixtures.library.catalogue
    for label in ["Logging pipeline", "Chukwa event pipeline", "Tracking pipeline"] {
      XCTAssertEqual(catalogue.kinds(inText: label), ["stream-ingestion"], label)
    }
    // A pipeline of work on data stays the job that does it.
    XCTAssertTrue(catalogue.kinds(inText: "Data pipeline").contains("batch-etl"))
    XCTAssertTrue(catalogue.kinds(inText: "Text indexing pipeline").contains("batch-etl"))
    XCTAssertFalse(catalogue.kinds(inText: "Training pipeline").contains("stream-ingestion"))
  }

  func testAProductsRunsAreItsExperimentTracking() {
    let catalogue = Fixtures.library.catalogue
    for label in ["MLflow runs", "MLflow experiments", "W&B runs"] {
      XCTAssertEqual(catalogue.kinds(inText: label), ["experiment-tracking"], label)
    }
    // The product alone, or its registry, stays the registry.
    XCTAssertEqual(catalogue.kinds(inText: "MLflow"), ["model-registry"])
    XCTAssertEqual(catalogue.kinds(inText: "MLflow model registry"), ["model-registry"])
  }

  func testAFallbackIsACandidateSource() {
    let catalogue = Fixtures.library.catalogue
    for label in ["Fallback", "Online fallback", "Popular-items fallback"] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains("candidate-generation"), label)
    }
    // A rate of fallbacks is watched, not a source; a detail line's word says nothing.
    XCTAssertFalse(catalogue.kinds(inText: "Fallback rate dashboard").contains("candidate-generation"))
    var box = Box(id: "b", label: "Datadog", frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    box.detail = "latency, fallback rate"
    XCTAssertFalse(catalogue.kinds(of: box).contains("candidate-generation"))
  }
}

// A board a user drew by hand in the app (20 boxes in two groups, placed and sized by hand;
// video recommendations, from a usability session): the board `L` laid out 159 × 103 before
// the page search allowed more crossings to a drawing far past the page (PageFit).

enum HandDrawnBoard {
  static let yaml = """
    mlsd: 1
    title: Hand-drawn video recs
    boxes:
    - {id: client, label: "Home page app", kind: client, detail: "iOS, Android, web", at: [2, 1], size: [21, 4]}
    - {id: api-gateway, label: "API gateway", kind: api-gateway, detail: "Envoy", at: [28, 1], size: [15, 4]}
    - {id: candidate-generation, label: "Candidate generation", kind: candidate-generation, detail: "two-tower + trending", at: [50, 1], size: [24, 4]}
    - {id: vector-ann-index, label: "ANN index", kind: vector-index, detail: "ScaNN, rebuilt every 4h", at: [50, 8], size: [27, 4]}
    - {id: ranking, label: "Multi-task ranker", kind: ranking, detail: "MMoE on GPU", at: [78, 1], size: [21, 4]}
    - {id: re-ranking, label: "Re-ranking", kind: re-ranking, detail: "diversity, dedup, policy", at: [104, 1], size: [28, 4]}
    - {id: online-feature-store, label: "Online feature store", kind: online-feature-store, detail: "Redis", at: [78, 8], size: [24, 4]}
    - {id: stream-ingestion, label: "Event stream", kind: stream-ingestion, detail: "Kafka", at: [2, 16], size: [20, 4]}
    - {id: stream-processing, label: "Stream processing", kind: stream-processing, detail: "Flink windowed counts", at: [28, 16], size: [28, 5]}
    - {id: data-lake-warehouse, label: "Data warehouse", kind: data-lake, detail: "BigQuery", at: [2, 23], size: [25, 4]}
    - {id: batch-etl, label: "Daily ETL", kind: batch-etl, detail: "Spark", at: [28, 23], size: [13, 4]}
    - {id: offline-feature-store, label: "Offline feature store", kind: offline-feature-store, detail: "point-in-time joins", at: [50, 23], size: [25, 4]}
    - {id: training-pipeline, label: "Training pipeline", kind: training-pipeline, detail: "TF on TPUs, daily", at: [78, 23], size: [21, 4]}
    - {id: model-evaluation, label: "Offline evaluation", kind: model-evaluation, detail: "time-split test set", at: [104, 23], size: [23, 4]}
    - {id: model-registry, label: "Model registry", kind: model-registry, detail: "MLflow", at: [104, 16], size: [18, 4]}
    - {id: prediction-and-feature-logging, label: "Prediction and feature logs", kind: prediction-logging, at: [138, 1], size: [28, 4]}
    - {id: monitoring, label: "Monitoring", kind: monitoring, detail: "Grafana, PSI drift", at: [138, 8], size: [22, 4]}
    - {id: a-b-testing, label: "A/B testing", kind: ab-testing, at: [104, 8], size: [15, 3]}
    - {id: retraining-trigger, label: "Retraining trigger", kind: retraining-trigger, detail: "drift or daily", at: [138, 16], size: [22, 4]}
    - {id: video-catalogue, label: "Video catalogue", detail: "MySQL", at: [2, 30], size: [19, 4]}
    arrows:
    - {from: client, to: api-gateway, label: "feed request"}
    - {from: api-gateway, to: candidate-generation, label: "user id, context"}
    - {from: candidate-generation, to: ranking, label: "~1000 candidates"}
    - {from: vector-ann-index, to: candidate-generation, label: "nearest videos"}
    - {from: ranking, to: re-ranking, label: "scores"}
    - {from: re-ranking, to: client, label: "top 30 videos"}
    - {from: online-feature-store, to: ranking, label: "online features"}
    - {from: client, to: stream-ingestion, label: "clicks, watch time"}
    - {from: stream-ingestion, to: stream-processing}
    - {from: stream-processing, to: online-feature-store, label: "1h/1d counts"}
    - {from: stream-ingestion, to: data-lake-warehouse, label: "raw events"}
    - {from: data-lake-warehouse, to: batch-etl}
    - {from: batch-etl, to: offline-feature-store}
    - {from: offline-feature-store, to: training-pipeline, label: "training set"}
    - {from: prediction-and-feature-logging, to: training-pipeline, label: "logged features + labels"}
    - {from: training-pipeline, to: model-evaluation}
    - {from: model-evaluation, to: model-registry, label: "approved model"}
    - {from: model-registry, to: ranking, label: "ranker weights"}
    - {from: model-registry, to: vector-ann-index, label: "video embeddings"}
    - {from: re-ranking, to: prediction-and-feature-logging, label: "served list + features"}
    - {from: prediction-and-feature-logging, to: monitoring}
    - {from: monitoring, to: retraining-trigger, label: "drift alert"}
    - {from: retraining-trigger, to: training-pipeline, label: "start run"}
    - {from: a-b-testing, to: ranking, label: "traffic split"}
    - {from: video-catalogue, to: batch-etl, label: "titles, tags"}
    groups:
    - {id: online-serving, title: Online serving, boxes: [client, api-gateway, candidate-generation, vector-ann-index, ranking, re-ranking, online-feature-store, a-b-testing]}
    - {id: offline-training, title: Offline training, boxes: [stream-ingestion, stream-processing, data-lake-warehouse, batch-etl, offline-feature-store, training-pipeline, model-evaluation, model-registry, retraining-trigger]}
    """
}

// The classic ML system design mistakes interviewers probe in the drawing: nothing monitors
// serving, no feedback path to training, features from nowhere or from a different pipeline
// (training-serving skew). The mistakes read from the notes are in NotesReading/.

enum PitfallRules {
  static let serving = ["inference-service", "batch-prediction", "ranking", "re-ranking"]
  static let onlineServing = ["inference-service", "ranking"]
  static let featureProducers = ["batch-etl", "stream-processing", "offline-feature-store", "online-feature-store"]
  static let featureStores = ["online-feature-store", "offline-feature-store"]
  /// Boxes that answer each request beside the model: the index a nearest-neighbour query reads
  /// and the service that acts on every prediction (remove, limit reach). Next to serving, they
  /// are on its path, and a monitor drawn on one watches it.
  static let servingPathKinds = ["vector-index", "enforcement-service"]

  static func checks(_ graph: BoardGraph) -> [Check] {
    var checks: [Check] = []
    let servingBoxes = graph.boxes(ofAny: serving)
    let trainingBoxes = graph.boxes(ofAny: ["training-pipeline"])
    // Boxes from which training is reachable: three of the rules below ask.
    let reachingTraining = trainingBoxes.isEmpty ? nil : graph.reaching(trainingBoxes)

    if !servingBoxes.isEmpty {
      // Monitoring watches serving through an arrow either way, or by reading what serving
      // logs (serving → prediction logs → monitoring), or what the client logs of the answers
      // it got (`reachableWithReply`).
      let monitors = graph.boxes(ofAny: ["monitoring"])
      var onPath = graph.boxes(ofAny: servingPathKinds).filter { box in
        servingBoxes.contains { $0 != box && graph.adjacent(box, $0) }
      }
      // A batch design serves by lookup: the cache batch prediction fills, and the box that reads
      // it and answers the client (FACTS.md, people you may know: fetch the precomputed results).
      let batch = graph.boxes(ofAny: ["batch-prediction"])
      let filled = graph.boxes(ofAny: ["cache"]).filter { cache in batch.contains { graph.adjacent(cache, $0) } }
      let clients = graph.boxes(ofAny: ["client"])
      let lookups = Set(graph.board.arrows.filter { filled.contains($0.from) }.map(\.to)).filter { reader in
        !filled.contains(reader) && clients.contains { $0 != reader && graph.adjacent(reader, $0) }
      }
      onPath += filled + lookups.sorted()
      let watched =
        monitors.contains { monitor in (servingBoxes + onPath).contains { $0 != monitor && graph.adjacent(monitor, $0) }
        }
        || graph.reachableWithReply(from: servingBoxes).intersects(graph.nodes(ofAny: ["monitoring"]))
      checks.append(
        Check(
          rule: .pitfallNoMonitoring, step: .monitoring, title: "Monitoring watches serving", passed: watched,
          severity: .error, message: "nothing monitors the serving path",
          hint: monitors.isEmpty
            ? "Add a monitoring box (drift, latency, errors; e.g. Prometheus, Grafana, Evidently) and connect it to the inference service."
            : "Connect the monitoring box to the serving box it watches.",
          boxIDs: servingBoxes))
    }

    if !servingBoxes.isEmpty, let reachingTraining {
      let feedbackKinds = ["prediction-logging", "labelling"]
      let feedback = graph.boxes(ofAny: feedbackKinds)
      let closes = reachingTraining.intersects(graph.nodes(ofAny: feedbackKinds))
      checks.append(
        Check(
          rule: .pitfallNoFeedbackLoop, step: .monitoring, title: "Feedback reaches training", passed: closes,
          severity: .error, message: "logged predictions and user feedback never reach training",
          hint:
            "Log what was served and what users did (impressions, clicks, reports) and route it back into the training data.",
          boxIDs: feedback))
    }

    let onlineBoxes = graph.boxes(ofAny: onlineServing)
    if !onlineBoxes.isEmpty, let reachingTraining {
      let fed = graph.reaching(onlineBoxes).intersects(graph.nodes(ofAny: featureStores + ["prediction-logging"]))
      checks.append(
        Check(
          rule: .pitfallFeaturesFromNowhere, step: .data, title: "Serving has a feature source", passed: fed,
          severity: .warning, message: "serving reads its features from nowhere",
          hint: "Draw where the inference service gets features at request time, e.g. an online feature store.",
          boxIDs: onlineBoxes))

      let producers = graph.nodes(ofAny: featureProducers)
      let intoTraining = reachingTraining.intersection(producers)
      // Features that reach serving only through the trainer are weights, not features.
      let intoServing = graph.reaching(onlineBoxes, avoiding: trainingBoxes).intersection(producers)
      let logs = graph.nodes(ofAny: ["prediction-logging"])
      let loggedAtServing = graph.reachable(from: onlineBoxes).intersection(logs)
      let logsReachTraining = reachingTraining.intersects(loggedAtServing)
      let shared = intoTraining.intersects(intoServing) || logsReachTraining
      checks.append(
        Check(
          rule: .pitfallTrainingServingSkew, step: .data, title: "One feature pipeline for training and serving",
          passed: shared, severity: .warning,
          message: "training and serving take features from different pipelines (training-serving skew)",
          hint:
            "Feed both from the same feature pipeline or store, or log the features at inference time and train on those logs.",
          boxIDs: onlineBoxes + trainingBoxes))
    }

    return checks
  }
}

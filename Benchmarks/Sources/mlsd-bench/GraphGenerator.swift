// Deterministic ML-pipeline-like boards of any size: sources → ingestion → processing → feature
// stores → training → registry → serving → clients, with monitoring and a few feedback loops.
// The same seed and size always give the same board, so a failing graph can be named exactly.
import MLSDCore

/// SplitMix64: tiny, fast and identical on every platform, unlike the system generator.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in 0..<bound (bound > 0).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

  /// True with probability `percent` / 100.
  mutating func percent(_ percent: Int) -> Bool { below(100) < percent }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

enum GraphGenerator {
  /// The seed every published number was measured with.
  static let defaultSeed: UInt64 = 42
  /// The sizes the issue asks for.
  static let defaultSizes = [10, 30, 100, 300, 1000]

  /// A stage of the pipeline: its share of the boxes and the component names it draws from.
  struct Stage {
    var weight: Int
    var names: [String]
  }

  static let stages: [Stage] = [
    Stage(
      weight: 10,
      names: [
        "Clickstream events", "User profiles DB (Postgres)", "Item catalogue", "Ad impressions log",
        "Mobile app events", "Payments ledger", "Search query log",
      ]),
    Stage(
      weight: 12,
      names: [
        "Kafka ingest", "Kinesis stream", "Batch ETL (Airflow)", "Spark ETL", "Flink stream processor",
        "CDC connector (Debezium)",
      ]),
    Stage(
      weight: 14,
      names: [
        "Data lake (S3)", "Feature pipeline", "Data validation (Great Expectations)", "Label join", "Dedup",
        "Warehouse (BigQuery)", "Sessionizer",
      ]),
    Stage(
      weight: 12,
      names: [
        "Offline feature store (Hive)", "Online feature store (Redis)", "Embedding service", "Feast",
        "Feature registry",
      ]),
    Stage(
      weight: 12,
      names: [
        "Training job (PyTorch DDP)", "Hyperparameter tuning", "Candidate generation model", "Ranking model trainer",
        "Offline evaluation (nDCG, AUC)",
      ]),
    Stage(weight: 6, names: ["Model registry (MLflow)", "Model validation", "Shadow deploy", "Model store"]),
    Stage(
      weight: 15,
      names: [
        "Online inference (Triton)", "Batch scoring", "Ranking service", "ANN index (FAISS)", "A/B test router",
        "Feature fetcher", "Prediction cache",
      ]),
    Stage(weight: 8, names: ["Web frontend", "Mobile client", "Ads API", "Notification sender"]),
    Stage(
      weight: 11,
      names: [
        "Prediction logger", "Drift monitor", "Metrics dashboard (Grafana)", "Alerting (PagerDuty)",
        "Retraining trigger",
      ]),
  ]

  static let shortArrowLabels = ["events", "features", "model", "scores", "rows", "labels", "logs", "top-k"]
  static let longArrowLabels = [
    "logged features for the next training round", "nightly batch of labelled examples",
    "candidate items with scores", "feature vectors (p99 < 10 ms)",
  ]

  /// A board of `count` boxes and about 1.4 arrows per box, not yet laid out (every box at 0, 0).
  static func board(boxes count: Int, seed: UInt64 = defaultSeed) -> Board {
    var random = SplitMix64(seed: seed ^ (UInt64(count) &* 0x0100_0000_01B3))
    let stageOf = stageAssignment(count)
    var board = Board(title: "Generated ML pipeline, \(count) boxes (seed \(seed))", template: "generic-ml-pipeline")
    var byStage = Array(repeating: [Int](), count: stages.count)
    for i in 0..<count {
      let stage = stageOf[i]
      let name = random.pick(stages[stage].names)
      let label = "\(name) \(i + 1)"
      let id = String(Board.slug(name).prefix(30)) + "-\(i + 1)"
      let size = BoxSizing.naturalSize(label: label, detail: nil)
      board.boxes.append(
        Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: size.width, height: size.height)))
      byStage[stage].append(i)
    }

    var seen = Set<String>()
    func connect(_ a: Int, _ b: Int) {
      guard a != b else { return }
      let from = board.boxes[a].id
      let to = board.boxes[b].id
      guard seen.insert(from + "\u{0}" + to).inserted, !seen.contains(to + "\u{0}" + from) else { return }
      var label: String?
      if random.percent(35) {
        label = random.percent(80) ? random.pick(shortArrowLabels) : random.pick(longArrowLabels)
      }
      board.arrows.append(Arrow(from: from, to: to, label: label, style: random.percent(8) ? .dashed : .solid))
    }
    /// The nearest non-empty stage before `stage`, if any.
    func previous(_ stage: Int) -> Int? {
      var s = stage - 1
      while s >= 0 {
        if !byStage[s].isEmpty { return s }
        s -= 1
      }
      return nil
    }

    let monitoring = stages.count - 1
    let serving = 6
    // Every box but the sources is fed by a box of the stage before (monitoring watches serving).
    for i in 0..<count {
      let stage = stageOf[i]
      if stage == monitoring {
        let watched = byStage[serving].isEmpty ? previous(stage) : serving
        if let watched { connect(random.pick(byStage[watched]), i) }
      } else if let before = previous(stage) {
        connect(random.pick(byStage[before]), i)
      }
    }
    // A few feedback loops: monitoring and logging back into features and training.
    let loops = max(1, count / 40)
    for _ in 0..<loops where !byStage[monitoring].isEmpty {
      let target = random.percent(50) ? 3 : 4
      if !byStage[target].isEmpty { connect(random.pick(byStage[monitoring]), random.pick(byStage[target])) }
    }
    // Forward edges one or two stages ahead until there are about 1.4 arrows per box.
    let wanted = (count * 14 + 5) / 10
    var attempts = 0
    while board.arrows.count < wanted && attempts < count * 20 {
      attempts += 1
      let a = random.below(count)
      let stage = stageOf[a]
      guard stage < monitoring - 1 else { continue }
      let target = min(monitoring - 1, stage + 1 + random.below(2))
      guard !byStage[target].isEmpty else { continue }
      connect(a, random.pick(byStage[target]))
    }
    return board
  }

  /// Stage of each box: contiguous runs in proportion to the weights, at least one box per stage
  /// when there are enough boxes.
  static func stageAssignment(_ count: Int) -> [Int] {
    let total = stages.reduce(0) { $0 + $1.weight }
    var sizes = stages.map { max(count >= stages.count ? 1 : 0, count * $0.weight / total) }
    var index = 0
    while sizes.reduce(0, +) < count {
      sizes[index % sizes.count] += 1
      index += 1
    }
    while sizes.reduce(0, +) > count, let largest = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) {
      sizes[largest] -= 1
    }
    var result: [Int] = []
    for (stage, size) in sizes.enumerated() { result += Array(repeating: stage, count: size) }
    return result
  }

  /// The same graph as Graph::Easy input: one edge per line, boxes without arrows on their own
  /// line. Labels wrap at the width mlsd's boxes wrap at, so both programs draw boxes of the same
  /// shape.
  static func graphEasy(_ board: Board) -> String {
    var lines: [String] = []
    var used = Set<String>()
    func node(_ id: String) -> String {
      let label = board.box(id)?.label ?? id
      let wrapped = DisplayWidth.wrap(label, to: BoxSizing.maxTextWidth).map(escape).joined(separator: "\\n")
      return "[ \(wrapped) ]"
    }
    for arrow in board.arrows {
      used.insert(arrow.from)
      used.insert(arrow.to)
      let edge = arrow.label.map { "-- \(escape($0)) -->" } ?? "-->"
      lines.append("\(node(arrow.from)) \(edge) \(node(arrow.to))")
    }
    for box in board.boxes where !used.contains(box.id) { lines.append(node(box.id)) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Backslash before every character Graph::Easy's parser gives a meaning to.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "[]{}|#\\<>-=".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}

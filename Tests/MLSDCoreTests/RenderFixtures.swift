// Boards for the rendering, layout and routing tests: a hand-made ML pipeline and a seeded
// generator of random graphs with cycles, parallel arrows, self-loops and awkward labels.

@testable import MLSDCore

enum RenderFixtures {
  /// The generic ML pipeline, unplaced: sources → Kafka → Spark → feature stores → training →
  /// registry → inference → client, with monitoring and logging feeding back.
  static func pipeline() -> Board {
    let specs: [(String, String, String?)] = [
      ("events", "Event sources", "app, web"),
      ("db", "Product DB", "PostgreSQL"),
      ("kafka", "Stream ingestion", "Kafka"),
      ("spark", "Batch ETL", "Spark"),
      ("offline", "Offline feature store", "Hive"),
      ("online", "Online feature store", "Redis"),
      ("train", "Training pipeline", "PyTorch"),
      ("registry", "Model registry", "MLflow"),
      ("inference", "Inference service", "Triton"),
      ("client", "Client app", nil),
      ("logs", "Prediction logs", nil),
      ("monitor", "Monitoring", "Prometheus"),
    ]
    let boxes = specs.map { id, label, detail in
      let size = BoxSizing.naturalSize(label: label, detail: detail)
      return Box(
        id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: size.width, height: size.height))
    }
    let arrows = [
      Arrow(from: "events", to: "kafka", label: "clicks"),
      Arrow(from: "db", to: "spark"),
      Arrow(from: "kafka", to: "spark", label: "raw events"),
      Arrow(from: "kafka", to: "online", label: "streaming features"),
      Arrow(from: "spark", to: "offline"),
      Arrow(from: "spark", to: "online", label: "backfill"),
      Arrow(from: "offline", to: "train", label: "training data"),
      Arrow(from: "train", to: "registry", label: "model"),
      Arrow(from: "registry", to: "inference"),
      Arrow(from: "online", to: "inference", label: "features"),
      Arrow(from: "client", to: "inference", label: "request"),
      Arrow(from: "inference", to: "client", label: "prediction"),
      Arrow(from: "inference", to: "logs"),
      Arrow(from: "logs", to: "train", label: "labels", style: .dashed),
      Arrow(from: "inference", to: "monitor", label: "metrics"),
      Arrow(from: "monitor", to: "train", label: "retrain", style: .dashed),
    ]
    let groups = [
      Group(id: "offline-g", title: "Offline", boxIDs: ["spark", "offline", "train"]),
      Group(id: "online-g", title: "Online serving", boxIDs: ["online", "inference"]),
    ]
    return Board(title: "Generic ML pipeline", boxes: boxes, arrows: arrows, groups: groups)
  }

  static let words = ["Kafka", "feature store", "ranker", "model", "logs", "推荐系统", "🚀 deploy", "embeddings", "A/B"]

  /// A random board of `count` boxes (unplaced), about `arrowsPerBox` arrows each, with some
  /// back edges, duplicates, self-loops, long and wide-character labels, and a few groups.
  static func random(seed: UInt64, count: Int, arrowsPerBox: Double = 1.3, groups: Int = 0) -> Board {
    var random = SeededRandom(seed: seed)
    var boxes: [Box] = []
    for i in 0..<count {
      var label = words[random.int(0..<words.count)]
      if random.chance(15) { label += " with a rather long name that wraps" }
      let detail: String? = random.chance(30) ? words[random.int(0..<words.count)] : nil
      let size = BoxSizing.naturalSize(label: label, detail: detail)
      boxes.append(
        Box(
          id: "b\(i)", label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: size.width, height: size.height)
        ))
    }
    var arrows: [Arrow] = []
    let total = Int(Double(count) * arrowsPerBox)
    for _ in 0..<total where count > 1 {
      let a = random.int(0..<count)
      var b = random.int(0..<count)
      if random.chance(75) { b = min(count - 1, a + 1 + random.int(0..<4)) }
      if random.chance(3) { b = a }
      let label: String? =
        random.chance(40)
        ? (random.chance(20) ? "a very long label that must be cut short" : words[random.int(0..<words.count)]) : nil
      arrows.append(Arrow(from: "b\(a)", to: "b\(b)", label: label))
      if random.chance(5) { arrows.append(Arrow(from: "b\(a)", to: "b\(b)")) }
    }
    var groupList: [Group] = []
    var next = 0
    for g in 0..<groups {
      let size = 2 + random.int(0..<4)
      guard next + size <= count else { break }
      groupList.append(Group(id: "g\(g)", title: "Group \(g)", boxIDs: (next..<(next + size)).map { "b\($0)" }))
      next += size + random.int(0..<6)
    }
    return Board(title: "Random \(seed)", boxes: boxes, arrows: arrows, groups: groupList)
  }
}

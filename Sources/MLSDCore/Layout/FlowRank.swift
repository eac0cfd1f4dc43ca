// Where a component kind sits in the data flow every ML system shares (sources → ingestion →
// features → training → registry → serving → logging and monitoring), so that cycle breaking
// reverses the feedback arrows (monitoring → retraining) and not the main flow.

enum FlowRank {
  static let ranks: [String: Int] = [
    "client": 0, "data-source": 0, "api-gateway": 1, "stream-ingestion": 1, "object-storage": 2, "data-lake": 2,
    "stream-processing": 2, "batch-etl": 3, "data-validation": 3, "labelling": 3, "offline-feature-store": 4,
    "online-feature-store": 5, "orchestration": 5, "training-pipeline": 6, "experiment-tracking": 7,
    "model-evaluation": 7, "model-registry": 8, "compression": 8, "embedding-service": 9, "vector-index": 9,
    "text-search-index": 9, "batch-prediction": 9, "ab-testing": 9, "candidate-generation": 10,
    "inference-service": 11, "cache": 11, "ranking": 11, "re-ranking": 12, "prediction-logging": 13,
    "monitoring": 14, "retraining-trigger": 15,
  ]

  /// The rank of a box's kind, nil for free-form or missing kinds.
  static func of(_ box: Box) -> Int? { box.kind.flatMap { ranks[$0] } }

  /// Whether an arrow between two boxes of one cycle goes against the flow: by kind when both
  /// kinds are known and differ, otherwise by the order the file lists the boxes in.
  static func isFeedback(from a: (rank: Int?, index: Int), to b: (rank: Int?, index: Int)) -> Bool {
    if let ra = a.rank, let rb = b.rank, ra != rb { return rb < ra }
    return b.index < a.index
  }

  /// Strongly connected components (Tarjan, iterative): the component number of each node.
  static func components(_ successors: [[Int]]) -> [Int] {
    let n = successors.count
    var index = Array(repeating: -1, count: n)
    var low = Array(repeating: 0, count: n)
    var onStack = Array(repeating: false, count: n)
    var component = Array(repeating: -1, count: n)
    var stack: [Int] = []
    var counter = 0
    var components = 0
    for root in 0..<n where index[root] < 0 {
      var work: [(Int, Int)] = [(root, 0)]
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (v, next) = work.last {
        if next < successors[v].count {
          work[work.count - 1].1 += 1
          let w = successors[v][next]
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(w)
            onStack[w] = true
            work.append((w, 0))
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
        } else {
          work.removeLast()
          if let (parent, _) = work.last { low[parent] = min(low[parent], low[v]) }
          if low[v] == index[v] {
            while let w = stack.popLast() {
              onStack[w] = false
              component[w] = components
              if w == v { break }
            }
            components += 1
          }
        }
      }
    }
    return component
  }
}

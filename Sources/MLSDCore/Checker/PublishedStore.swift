// The published store as the client of a batch design: where the batch job's output is kept and
// people browse it ("Blurred image store → Maps tile CDN") is where the results reach the users
// (FACTS.md, Street View: "blurred image storage → served to users"). A batch design that ends
// there has drawn its users' side: an interviewer asks for no app box beyond the store the map
// reads. When the template asks for a client and no box counts as one, the last such store stands
// in for it: the flows to and from the client run from there (the users' reports start where they
// browse), and ComponentRules keeps the component's finding as a warning that names the store.

enum PublishedStore {
  /// Stores a batch job's output is published from: object storage, a cache or CDN.
  static let stores: Set<String> = ["object-storage", "cache"]

  /// Counts the last store along the batch job's output as the client, when the template asks
  /// for one and no box counts as one (StandIns calls this after the users posting had their
  /// turn). A store fed by batch prediction, or by such a store, that feeds no further such store
  /// and no batch job or training (its contents go on into no pipeline) is the end people browse.
  /// `incoming` and `outgoing` are the reading's arrows by box index.
  static func add(to boxes: inout [BoxReading], incoming: [[Int]], outgoing: [[Int]], expected: Set<String>) {
    guard expected.contains("client"), !boxes.contains(where: { $0.kinds.contains("client") }) else { return }
    let kinds = boxes.map(\.kinds)
    // The stores the batch job's output reaches, store after store, through the steps that only
    // serve or that no word reads (they are part of the batch job: "Box merge → Blur service").
    var published = Array(repeating: false, count: boxes.count)
    var batch = boxes.indices.map { kinds[$0].contains("batch-prediction") }
    var queue = boxes.indices.filter { batch[$0] }.flatMap { outgoing[$0] }
    while let next = queue.popLast() {
      guard !published[next], !batch[next] else { continue }
      if kinds[next].isSubset(of: BoardReader.servingKinds) {
        batch[next] = true
      } else if !kinds[next].isDisjoint(with: stores) {
        published[next] = true
      } else {
        continue
      }
      queue.append(contentsOf: outgoing[next])
    }
    for i in boxes.indices where published[i] {
      let onward = outgoing[i].filter { $0 != i }
      guard !onward.contains(where: { published[$0] || batch[$0] || !kinds[$0].isDisjoint(with: pipeline) }),
        let job = incoming[i].first(where: { published[$0] || batch[$0] })
      else { continue }
      boxes[i].counted.append(
        StandIns.evidence(
          "client",
          "the batch output people browse: it comes from '\(boxes[job].label)', and no further store or pipeline "
            + "takes it on"))
      boxes[i].guesses.removeAll { $0.kind == "client" }
      return
    }
  }

  /// Where a store's contents go on being processed: then it is no end people browse.
  static let pipeline: Set<String> = [
    "batch-prediction", "batch-etl", "training-pipeline", "stream-processing", "data-lake", "offline-feature-store",
    "inference-service", "embedding-service",
  ]
}

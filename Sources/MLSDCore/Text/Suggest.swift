// "Did you mean ...?" suggestions by edit distance.

public enum Suggest {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo.
  public static func nearest(_ word: String, among candidates: [String]) -> String? {
    let lower = word.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(lower, candidate.lowercased())
      if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    let allowed = max(1, min(3, candidate.count / 3))
    if distance <= allowed { return candidate }
    // A shortened name: every word of the typo appears in exactly one candidate
    // ("youtube-search" for "youtube-video-search").
    let parts = lower.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).filter { $0.count >= 3 }
    guard !parts.isEmpty else { return nil }
    let containing = candidates.filter { name in parts.allSatisfy { name.lowercased().contains($0) } }
    return containing.count == 1 ? containing[0] : nil
  }

  /// Edit distance where a swap of two neighbouring characters counts as one edit, the most
  /// common typo ("lable" for "label").
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}

// The time allowed for each step of a practice session: the template's suggested minutes scaled
// to the length of the session.

public struct PracticeBudget: Hashable, Sendable {
  /// Whole seconds per step; they add up to `totalSeconds` exactly.
  public private(set) var seconds: [Step: Int]
  public let totalSeconds: Int

  /// Scales the template's minutes to `minutes`. Whole seconds are shared out by largest
  /// remainder so that the steps add up to the session exactly; a template without minutes
  /// (such as the blank board) gets the time split evenly.
  public init(template: Template, minutes: Int) {
    let total = max(0, minutes) * 60
    let weights = Step.allCases.map { max(0, template.guide(for: $0).minutes) }
    self.init(weights: weights.reduce(0, +) > 0 ? weights : Step.allCases.map { _ in 1 }, totalSeconds: total)
  }

  /// Explicit seconds per step (steps left out get none).
  public init(seconds: [Step: Int]) {
    self.seconds = seconds.mapValues { max(0, $0) }
    totalSeconds = self.seconds.values.reduce(0, +)
  }

  private init(weights: [Int], totalSeconds: Int) {
    let sum = weights.reduce(0, +)
    var shares: [Step: Int] = [:]
    var remainders: [(remainder: Int, index: Int)] = []
    for (index, step) in Step.allCases.enumerated() {
      shares[step] = weights[index] * totalSeconds / sum
      remainders.append((weights[index] * totalSeconds % sum, index))
    }
    var left = totalSeconds - shares.values.reduce(0, +)
    // Larger remainders first, earlier steps on ties, so the split is the same on every run.
    for entry in remainders.sorted(by: { ($1.remainder, $0.index) < ($0.remainder, $1.index) }) where left > 0 {
      shares[Step.allCases[entry.index], default: 0] += 1
      left -= 1
    }
    seconds = shares
    self.totalSeconds = totalSeconds
  }

  public subscript(step: Step) -> Int { seconds[step] ?? 0 }
}

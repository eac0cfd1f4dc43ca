// Going through a merge's conflicts one at a time: each is settled for mine or theirs, a choice
// can be applied to the current conflict and every one after it, and the last choice can be
// taken back. The merge is made once every conflict has a choice (AppState+DiskChanges).

public struct ConflictSettlement: Hashable, Sendable {
  /// How many conflicts the merge has.
  public let count: Int
  /// The choice for each conflict settled so far, in the merge's order.
  public private(set) var choices: [MergeSide] = []

  public init(count: Int) {
    self.count = max(0, count)
  }

  /// The conflict now shown (its index in the merge's list), nil when every one is settled.
  public var current: Int? { choices.count < count ? choices.count : nil }

  public var isDone: Bool { choices.count >= count }

  /// Settles the current conflict.
  public mutating func choose(_ side: MergeSide) {
    guard !isDone else { return }
    choices.append(side)
  }

  /// Settles the current conflict and every one after it the same way.
  public mutating func chooseRest(_ side: MergeSide) {
    while !isDone { choices.append(side) }
  }

  /// Takes the last choice back; false when there was none.
  @discardableResult
  public mutating func back() -> Bool {
    guard !choices.isEmpty else { return false }
    choices.removeLast()
    return true
  }

  /// "2 yours, 1 theirs" for the status line.
  public var summary: String {
    let mine = choices.filter { $0 == .mine }.count
    let theirs = choices.filter { $0 == .theirs }.count
    let both = choices.count - mine - theirs
    return [
      mine > 0 ? "\(mine) yours" : nil, theirs > 0 ? "\(theirs) theirs" : nil, both > 0 ? "\(both) both kept" : nil,
    ].compactMap { $0 }.joined(separator: ", ")
  }
}

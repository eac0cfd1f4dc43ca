// The lanes a fit packs, laid out once and each packing measured once. A fit that finds nothing
// weighs the lanes packed to a dozen pages a little larger than its own (`DiagramFit.grownPages`),
// at every level of detail, titles whole and cut: the lanes, their ways (`LaneMix.mixes`) and most
// packings are the same for every page, since a packing changes only where its shelves start
// (`LaneLayout.shelfStarts`). Within one fit (`DiagramFit.fit` sets `current`) each board's lanes
// are laid out once, and each packing, told by its mix, stacking and shelf starts, is packed and
// measured once; without one, everything is made afresh, as before. The memo lives as long as the
// fit, so it holds no more than that fit's boards.
import Foundation

final class LanePackings: @unchecked Sendable {
  /// The memo of the fit being made; nil outside a fit.
  @TaskLocal static var current: LanePackings?

  /// How a board's lanes are made.
  enum Making: Hashable {
    /// `LaneLayout.lanes(of:stacking:)`.
    case lanes(LaneLayout.Stacking)
    /// `LaneMix.apart`.
    case apart
  }

  struct Key: Hashable {
    var board: Board
    var making: Making
  }

  /// One board's lanes made one way, with what was worked out from them.
  final class Lanes: @unchecked Sendable {
    let lanes: [LaneLayout.Lane]?
    private let lock = NSLock()
    private var mixes: (mixes: [[LaneLayout.Lane]], shortest: [[[Int]]])?
    private var packed: [PackKey: Packed] = [:]

    init(_ lanes: [LaneLayout.Lane]?) { self.lanes = lanes }

    /// Every mix of the lanes' ways (`LaneMix.mixes`), with each mix's `LaneMix.shortestLimits`,
    /// made once.
    func mixes(make: () -> [[LaneLayout.Lane]]) -> (mixes: [[LaneLayout.Lane]], shortest: [[[Int]]]) {
      lock.lock()
      let known = mixes
      lock.unlock()
      if let known { return known }
      let made = make()
      let both = (made, made.map { LaneMix.shortestLimits($0) })
      lock.lock()
      mixes = both
      lock.unlock()
      return both
    }

    /// The measure of a packing, made once for its key.
    func packed(_ key: PackKey, make: () -> Packed) -> Packed {
      lock.lock()
      let known = packed[key]
      lock.unlock()
      if let known { return known }
      let made = make()
      lock.lock()
      packed[key] = made
      lock.unlock()
      return made
    }

    /// Keeps a packing's guessed crossings with its measure.
    func setCrossings(_ crossings: Int, for key: PackKey) {
      lock.lock()
      packed[key]?.crossings = crossings
      lock.unlock()
    }
  }

  /// A packing: which mix (its place in `LaneMix.mixes`), stacked how, with shelves starting at
  /// which lanes.
  struct PackKey: Hashable {
    var mix: Int
    var stacking: LaneLayout.Stacking
    var shelfStarts: [Int]
  }

  /// What a packing measures: its boxes' frames, its drawn bounds (nil when it draws nothing),
  /// and its arrows' guessed crossings (`LaneCrossings.estimate`) once asked for.
  struct Packed {
    var frames: [GridRect]
    var bounds: GridRect?
    var crossings: Int?
  }

  private let lock = NSLock()
  private var kept: [Key: Lanes] = [:]

  /// The board's lanes made so: kept when a fit is being made, else made afresh.
  static func lanes(_ board: Board, _ making: Making, make: () -> [LaneLayout.Lane]?) -> Lanes {
    guard let memo = current else { return Lanes(make()) }
    let key = Key(board: board, making: making)
    memo.lock.lock()
    let known = memo.kept[key]
    memo.lock.unlock()
    if let known { return known }
    let made = Lanes(make())
    memo.lock.lock()
    memo.kept[key] = made
    memo.lock.unlock()
    return made
  }
}

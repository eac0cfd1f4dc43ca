// Fresh routings kept for the process. The layout for reading routes every candidate drawing,
// and candidates often come out alike (a seed whose order changes nothing, an arrangement that
// is already compact), so the same board was routed again and again: 14 of the 68 routings of
// the news-feed reference. A fresh routing reads only the boxes' ids and frames, the arrows and
// the groups, and its settings, so a routing kept for the same key is the one a new one finds.

public enum RouteMemo {
  /// Routings kept; past this many the memo starts again.
  static let shared = ProcessMemo<Key, Router.Result>(capacity: 32)
  /// Boards with more arrows than this are not kept: their grids are large and the layout for
  /// reading routes them once (LayeredLayout's alternatives are for small boards).
  static let maxArrows = 60

  struct Key: Hashable {
    struct Place: Hashable {
      var id: String
      var frame: GridRect
    }
    var boxes: [Place]
    var arrows: [Arrow]
    var groups: [Group]
    var budget: Int
    var rerouting: Bool
    var remembering: Bool

    init(_ board: Board, budget: Int, rerouting: Bool, remembering: Bool) {
      boxes = board.boxes.map { Place(id: $0.id, frame: $0.frame) }
      arrows = board.arrows
      groups = board.groups
      self.budget = budget
      self.rerouting = rerouting
      self.remembering = remembering
    }
  }

  /// Forgets every routing kept (a benchmark that times routing the same board again).
  public static func forget() { shared.forget() }
}

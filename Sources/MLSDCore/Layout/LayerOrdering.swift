// Where the layered layout's ranks and in-rank order can come from another engine (Graphviz dot,
// in the MLSDGraphviz module): the graph as the layout sees it goes out, ranks and positions
// across the flow come back, and mlsd keeps its own placement and routing. Without an engine, or
// when the engine declines, the layout's own layering and crossing reduction decide.

/// An engine that ranks and orders the layered graph.
public protocol LayerOrdering: Sendable {
  /// Ranks and cross positions for the graph, or nil to leave the layout to mlsd's own ordering
  /// (over the engine's budget, or when it failed).
  func order(_ graph: LayerOrderingInput) -> LayerOrderingResult?
  /// How many times the edges of the engine's own drawing of a DOT graph (the board as
  /// `mlsd export --format dot` writes it) cross, or nil when it has none: the bar a drawing
  /// fitted to a page may cross up to (PageFit).
  func crossings(ofDOT text: String) -> Int?
}

extension LayerOrdering {
  public func crossings(ofDOT text: String) -> Int? { nil }
}

/// The graph to rank and order, always drawn top to bottom: "width" is across the flow and
/// "height" along it (a left-to-right layout gives its boxes' heights as widths).
public struct LayerOrderingInput: Sendable, Equatable {
  public struct Node: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Index of the node's group (below `groupCount`), or -1.
    public var group: Int

    public init(width: Int, height: Int, group: Int = -1) {
      self.width = width
      self.height = height
      self.group = group
    }
  }
  public struct Edge: Sendable, Equatable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
      self.from = from
      self.to = to
    }
  }
  public var nodes: [Node]
  /// Edges that must point to a later rank (cycles already broken), no duplicates.
  public var edges: [Edge]
  /// Number of groups; each node belongs to at most one.
  public var groupCount: Int

  public init(nodes: [Node], edges: [Edge], groupCount: Int) {
    self.nodes = nodes
    self.edges = edges
    self.groupCount = groupCount
  }
}

/// Where the engine put each node: its rank (0 first), and its position across the flow; for
/// each edge, where it crosses each rank strictly between its ends (empty when unknown).
public struct LayerOrderingResult: Sendable, Equatable {
  public var rank: [Int]
  public var position: [Double]
  public var edgePaths: [[Double]]

  public init(rank: [Int], position: [Double], edgePaths: [[Double]]) {
    self.rank = rank
    self.position = position
    self.edgePaths = edgePaths
  }
}

/// The engine the layout uses in the current task: nil for mlsd's own. The command line and the
/// app set it for the work they run (`LayoutEngine.$ordering.withValue(engine) { ... }`); tests
/// that set it affect only their own task.
public enum LayoutEngine {
  @TaskLocal public static var ordering: (any LayerOrdering)?
}

extension LayeredGraph {
  /// The layered graph of the boxes, ranked and ordered by the current engine when there is one
  /// and it answers, otherwise by mlsd's own layering and crossing reduction.
  static func ordered(board: Board, boxes: [Int], direction: LayeredLayout.Direction) -> LayeredGraph {
    if let engine = LayoutEngine.ordering,
      let graph = EngineLayers.graph(board: board, boxes: boxes, direction: direction, engine: engine)
    {
      return graph
    }
    var graph = LayeredGraph(board: board, boxes: boxes, direction: direction)
    CrossingReduction.order(&graph)
    return graph
  }
}

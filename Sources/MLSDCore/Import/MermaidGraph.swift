// What the Mermaid parser reads from a flowchart, before it becomes a board: Mermaid ids,
// labels, links and subgraphs, each with the place in the file it came from.

/// The direction a flowchart is drawn in.
public enum MermaidDirection: String, Sendable, CaseIterable {
  case topToBottom = "TB"
  case topDown = "TD"
  case bottomToTop = "BT"
  case leftToRight = "LR"
  case rightToLeft = "RL"

  /// Whether the flow runs across the page rather than down it.
  public var isHorizontal: Bool { self == .leftToRight || self == .rightToLeft }
}

/// A node: its Mermaid id and the label given in a shape, if any.
public struct MermaidNode: Hashable, Sendable {
  public var id: String
  /// The text before the first `<br/>`, entities decoded; nil when the node never had a shape.
  public var label: String?
  /// The text after the first `<br/>`, if any.
  public var detail: String?
  /// The component kind its class declares (`id:::model-registry` or `class id model-registry`),
  /// when the class is named after a kind of the catalogue.
  public var kind: String? = nil
  /// Index of the subgraph the node belongs to (the first one that mentions it).
  public var subgraph: Int?
  public var line: Int
  public var column: Int
}

/// A link between two nodes.
public struct MermaidEdge: Hashable, Sendable {
  public var from: String
  public var to: String
  public var label: String?
  public var style: ArrowStyle
}

/// A `subgraph ... end` block.
public struct MermaidSubgraph: Hashable, Sendable {
  public var id: String
  public var title: String
  /// Index of the enclosing subgraph, when subgraphs nest.
  public var parent: Int?
  /// Ids of the nodes that belong here, in the order the subgraph first mentions them.
  public var members: [String] = []
  public var line: Int
}

/// The template id a flowchart's comment names, and its place for messages.
public struct MermaidTemplateComment: Hashable, Sendable {
  public var id: String
  public var line: Int
  public var column: Int
}

/// A parsed flowchart.
public struct MermaidGraph: Hashable, Sendable {
  public var direction: MermaidDirection = .topToBottom
  /// The `title:` of the front matter, if any.
  public var title: String?
  public var nodes: [MermaidNode] = []
  public var edges: [MermaidEdge] = []
  public var subgraphs: [MermaidSubgraph] = []
  /// Things the parser skipped on purpose (styling lines), one message each, FILE:LINE: first.
  public var notes: [String] = []
  /// The template a `%% mlsd template:` comment names, with where the id stands (MermaidBoardComments).
  public var template: MermaidTemplateComment?
  /// The steps' notes `%% mlsd notes STEP:` comments give, their lines joined in file order.
  public var stepNotes = StepNotes()

  public init() {}
}

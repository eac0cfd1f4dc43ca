// The common shape of every export format: a pure function from a board to the text of a file.

/// What an exporter may need besides the board: the catalogue (to name kinds), the board's
/// template (for the check report in Markdown) and, for the formats that draw arrows, the board
/// already routed (so that the caller can say which arrows fell back to simple routes without
/// routing twice).
public struct ExportContext: Sendable {
  public var catalogue: Catalogue
  public var template: Template?
  /// The exported board's routed diagram; nil to have the exporter route the board itself.
  public var diagram: Diagram?

  public init(catalogue: Catalogue = Catalogue(kinds: []), template: Template? = nil, diagram: Diagram? = nil) {
    self.catalogue = catalogue
    self.template = template
    self.diagram = diagram
  }

  /// The board's routed diagram: the one given, else routed now.
  func diagram(of board: Board) -> Diagram { diagram ?? Diagram(board: board).clearOfCorners() }
}

/// One export format. Exporters never fail: every text they write is escaped for the format.
public protocol Exporter: Sendable {
  func export(_ board: Board, context: ExportContext) -> String
}

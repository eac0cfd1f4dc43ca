// The common shape of every export format: a pure function from a board to the text of a file.

/// What an exporter may need besides the board: the catalogue (to name kinds) and the board's
/// template (for the check report in Markdown).
public struct ExportContext: Sendable {
  public var catalogue: Catalogue
  public var template: Template?

  public init(catalogue: Catalogue = Catalogue(kinds: []), template: Template? = nil) {
    self.catalogue = catalogue
    self.template = template
  }
}

/// One export format. Exporters never fail: every text they write is escaped for the format.
public protocol Exporter: Sendable {
  func export(_ board: Board, context: ExportContext) -> String
}

// The ascii and unicode exports: exactly what the terminal shows, read back from the Canvas.

/// Writes the board as text drawn with a character set (`--format ascii` or `unicode`).
public struct TextExporter: Exporter {
  public var charset: Charset

  public init(charset: Charset) { self.charset = charset }

  public func export(_ board: Board, context: ExportContext) -> String {
    TextRenderer.render(context.diagram(of: board), charset: charset)
  }
}

// `:export FORMAT FILE`: the board as the text of a file in one of the export formats.

enum BoardExport {
  /// The export's text; `diagram`, when given, is the board already routed (the app's drawing).
  static func text(_ board: Board, format: ExportFormat, library: Library, diagram: Diagram? = nil) -> String {
    let context = ExportContext(
      catalogue: library.catalogue, template: board.template.flatMap { library.template($0) }, diagram: diagram)
    return format.exporter.export(board, context: context)
  }

  /// What the status line adds after an export whose drawing has arrows on simple routes.
  static func simpleRoutesNote(_ diagram: Diagram) -> String {
    guard diagram.simpleArrowCount > 0 else { return "" }
    return " (\(diagram.simpleArrowCount) of \(diagram.board.arrows.count) arrows on simple routes: too dense to route)"
  }
}

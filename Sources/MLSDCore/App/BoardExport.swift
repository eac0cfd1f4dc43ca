// `:export FORMAT FILE`: the board as the text of a file in one of the export formats.

enum BoardExport {
  static var formatNames: String { ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") }

  /// The export's text; `diagram`, when given, is the board already routed (the app's drawing).
  static func text(_ board: Board, format: String, library: Library, diagram: Diagram? = nil) -> String? {
    guard let chosen = ExportFormat(rawValue: format.lowercased()) else { return nil }
    let context = ExportContext(
      catalogue: library.catalogue, template: board.template.flatMap { library.template($0) }, diagram: diagram)
    return chosen.exporter.export(board, context: context)
  }

  /// What the status line adds after an export whose drawing has arrows on simple routes.
  static func simpleRoutesNote(_ diagram: Diagram) -> String {
    guard diagram.simpleArrowCount > 0 else { return "" }
    return " (\(diagram.simpleArrowCount) of \(diagram.board.arrows.count) arrows on simple routes: too dense to route)"
  }
}

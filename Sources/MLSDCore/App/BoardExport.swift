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

  /// What the status line says after an export of a drawing with labels it could not draw whole
  /// beside their lines, as `mlsd export` does on stderr: the first such label (one cut or left
  /// out before one drawn whole a few cells away), and how many more.
  /// Nil when every label is whole, and for Excalidraw, whose text elements hold the whole label.
  static func labelNote(_ diagram: Diagram, format: ExportFormat) -> String? {
    guard format != .excalidraw else { return nil }
    // A label cut or left out before one drawn whole a few cells from its line.
    let arrows = diagram.labelNoteArrows
    let whole = arrows.filter { diagram.looseLabels[$0]?.kind == .away && diagram.routes[$0].label?.isCut != true }
    let notes = (arrows.filter { !whole.contains($0) } + whole).compactMap(diagram.labelNote)
    guard let first = notes.first else { return nil }
    let more = notes.count - 1
    return first + (more == 0 ? "" : " (and \(Counted.of(more, "more label")): mlsd export lists them)")
  }
}

// `:export FORMAT FILE`: the board as the text of a file in one of the export formats.

enum BoardExport {
  static func text(_ board: Board, format: ExportFormat, library: Library) -> String {
    let context = ExportContext(
      catalogue: library.catalogue, template: board.template.flatMap { library.template($0) })
    return format.exporter.export(board, context: context)
  }
}

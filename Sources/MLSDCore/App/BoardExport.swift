// `:export FORMAT FILE`: the board as the text of a file in one of the export formats.

enum BoardExport {
  static var formatNames: String { ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") }

  static func text(_ board: Board, format: String, library: Library) -> String? {
    guard let chosen = ExportFormat(rawValue: format.lowercased()) else { return nil }
    let context = ExportContext(
      catalogue: library.catalogue, template: board.template.flatMap { library.template($0) })
    return chosen.exporter.export(board, context: context)
  }
}

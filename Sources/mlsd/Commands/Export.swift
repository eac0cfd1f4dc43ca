// `mlsd export FILE --format F [-o OUT]`: the board in another format, on stdout or in a file.
import ArgumentParser
import Foundation
import MLSDCore

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a board as text, Markdown, Mermaid, DOT, SVG, Excalidraw or JSON.",
    discussion: """
      Formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).
      Without --format the format follows the extension of -o (.txt .md .mmd .dot .svg .excalidraw .json).
      Without -o the export goes to stdout; with -o the file is replaced atomically.
      """)

  @Argument(help: "The board file.")
  var file: String

  @Option(name: .shortAndLong, help: "ascii, unicode, markdown, mermaid, dot, svg, excalidraw or json.")
  var format: String?

  @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
  var output: String?

  func run() throws {
    if let output, Self.samePath(output, file) {
      throw CLIFailure.badInput("\(output): this is the board itself; choose another output file")
    }
    let chosen = try resolvedFormat()
    let board = try CLIContext.loadBoard(file)
    let library = CLIContext.library()
    var context = ExportContext(catalogue: library.catalogue, template: board.template.flatMap(library.template))
    if chosen.drawsRoutes {
      // Routed once here, so that stderr can say which arrows fell back to simple routes.
      let diagram = Diagram(board: board)
      context.diagram = diagram
      if let note = SimpleRoutesNote.text(diagram) { CLIContext.warn("mlsd export: note: " + note) }
    }
    let text = chosen.exporter.export(board, context: context)
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try Self.write(text, to: output)
  }

  /// Writes an export through AtomicWriter, which replaces regular files atomically (through
  /// symbolic links) and writes devices and pipes such as /dev/stdout in place.
  static func write(_ text: String, to path: String) throws {
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw CLIFailure.badInput("\(path): is a folder; give a file name")
    }
    do {
      try AtomicWriter.write(text, to: path)
    } catch let error as FileError {
      throw CLIFailure.badInput("cannot write the export: \(error)")
    }
  }

  private func resolvedFormat() throws -> ExportFormat {
    let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
    if let format {
      guard let chosen = ExportFormat(rawValue: format.lowercased()) else {
        var message = "unknown format '\(Sanitizer.visible(format))'"
        if let guess = Suggest.nearest(format, among: ExportFormat.allCases.map(\.rawValue)) {
          message += " (did you mean '\(guess)'?)"
        }
        throw CLIFailure.badInput(message + "; one of: \(names)")
      }
      return chosen
    }
    if let output, let guessed = ExportFormat(fileName: output) { return guessed }
    throw CLIFailure.badInput("give --format (one of: \(names))")
  }

  /// Whether two paths name the same file, so that an export never replaces the board it reads.
  static func samePath(_ a: String, _ b: String) -> Bool {
    let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
    let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    return left == right
  }
}

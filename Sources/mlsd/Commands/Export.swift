// `mlsd export FILE --format F [-o OUT]`: the board in another format, on stdout or in a file.
import ArgumentParser
import Foundation
import MLSDCore

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a board as \(ExportFormat.titleList).",
    discussion: """
      Without --format the format follows the extension of -o \
      (\(ExportFormat.extensionList)); with neither, the Unicode text diagram is printed.

      Without -o the export goes to stdout; with -o the file is replaced atomically, unless it \
      is a board open in a running mlsd whiteboard (then nothing is written).
      """)

  @Argument(help: "The board file (-: standard input).")
  var file: String

  @Option(name: .shortAndLong, help: "The format (else the extension of -o chooses).")
  var format: ExportFormat?

  @Option(name: .shortAndLong, help: "Write to this file instead of stdout (-: stdout).")
  var output: String?

  func run() throws {
    let output = self.output == "-" ? nil : self.output
    if let output, Self.samePath(output, file) {
      throw CLIFailure.badInput("\(output): this is the board itself; choose another output file")
    }
    // A board some whiteboard has open would be lost under the export and reloaded there as
    // something that is not a board.
    if let output { try CLIContext.refuseIfOpen(output) }
    let chosen = try resolvedFormat(output: output)
    let board = try CLIContext.loadBoard(file, mermaid: true)
    let library = CLIContext.library()
    var context = ExportContext(catalogue: library.catalogue, template: board.template.flatMap(library.template))
    if chosen.drawsRoutes {
      // Routed once here, so that stderr can say which arrows fell back to simple routes.
      let diagram = Diagram(board: board).clearOfCorners()
      context.diagram = diagram
      if let note = SimpleRoutesNote.text(diagram) { CLIContext.warn("mlsd export: note: " + note) }
      // Excalidraw text elements hold the whole label, whatever the drawing cut.
      for note in diagram.labelNotes where chosen != .excalidraw { CLIContext.warn("mlsd export: note: " + note) }
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

  private func resolvedFormat(output: String?) throws -> ExportFormat {
    if let format { return format }
    // To the terminal, the text diagram (as `mlsd render` prints it).
    guard let output else { return .unicode }
    if let guessed = ExportFormat(fileName: output) { return guessed }
    let ext = (output as NSString).pathExtension
    let what =
      ext.isEmpty ? "\(output) has no extension" : "'.\(Sanitizer.visible(ext))' is not an export format's extension"
    throw CLIFailure.badInput("mlsd export: \(what); give --format (one of \(ExportFormat.nameList))")
  }

  /// Whether two paths name the same file, so that an export never replaces the board it reads.
  static func samePath(_ a: String, _ b: String) -> Bool {
    let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
    let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    return left == right
  }
}

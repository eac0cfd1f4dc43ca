// `mlsd import FILE.mmd -o BOARD.yaml`: a Mermaid flowchart as a new, laid-out board.
import ArgumentParser
import Foundation
import MLSDCore

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a Mermaid flowchart as a board.",
    discussion: """
      Reads 'flowchart' or 'graph' diagrams: nodes of every shape, links (-->, -.->, ==>, \
      with text), chains, '&', subgraphs (as groups) and comments. A link without an arrowhead \
      (---, -.-, ===) becomes an arrow the way it is written, with a note giving its line. \
      Simple HTML in labels reads as mermaid draws it: <br> and <p> break the line, <b>, <i>, \
      <span>... leave their text. Links with two heads, circle or cross ends, or none drawn \
      (<-->, --o, x--x, ~~~) are reported together, each at its line and column.

      A class named after a component kind declares the box's kind: \
      'pay[Payment events]:::data-source' or 'class pay,clicks data-source' (`mlsd kinds` \
      lists the kind ids; the K palette shows them too). Other classes and styling lines \
      (classDef, style, linkStyle, click) are skipped with a note. Anything else is reported as \
      FILE:LINE:COLUMN and nothing is written. Boxes without a declared kind are recognised from \
      their labels.

      Comments '%% mlsd template: ID' and '%% mlsd notes STEP: TEXT' (one line of a step's \
      notes each; STEP is requirements, framing, data, model, evaluation, serving or \
      monitoring) give the board its template and notes, as `mlsd export --format mermaid` \
      writes them; check, diff and info read such a file directly.

      The board is laid out left to right (LR, RL) or top to bottom (TD, TB, BT), or, when that \
      drawing would be wider than 160 columns or taller than 58 rows, laid out for reading on \
      such a page (lanes, bands, closer layers).
      """)

  /// The columns an imported board is laid out to fit when its own direction would not: a wide
  /// terminal's, narrower than a page for reading (as the app's `L` does).
  static let pageColumns = LayeredLayout.userPageColumns

  @Argument(help: "The Mermaid file (-: standard input).")
  var file: String

  @Option(
    name: .shortAndLong,
    help: "The board file to write (default: FILE with a .yaml extension; -: stdout, as when FILE is -).")
  var output: String?

  @Flag(name: .shortAndLong, help: "Replace the output file if it exists.")
  var force = false

  @Option(
    name: .shortAndLong,
    help: "The template the design answers (see `mlsd templates`): check, diff and the app's checklist use it.")
  var template: String?

  func run() throws {
    let base = file == "-" ? "stdin" : (file as NSString).deletingPathExtension
    // `-o -`, or reading standard input with no -o: the board goes to stdout.
    let target = output ?? (file == "-" ? "-" : base + ".yaml")
    let toStdout = target == "-"
    var info = stat()
    if !toStdout, stat(target, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFREG else {
        throw CLIFailure.badInput("\(target): not a regular file; give a board file name")
      }
      if !force { throw CLIFailure.badInput("\(target): already exists (use --force to replace it)") }
    }
    let text: String
    do {
      text = try CLIContext.inputText(file, limit: 16 * 1024 * 1024)
    } catch let error as LoadError {
      throw CLIFailure.badInput(error.description)
    }
    let name = CLIContext.displayName(file)
    let library = CLIContext.library()
    var answered = try template.map { try CLIContext.template($0, in: library).id }
    let result: MermaidImport
    do {
      result = try MermaidImporter.read(
        text, name: name, title: (base as NSString).lastPathComponent, catalogue: library.catalogue)
    } catch let error as LoadError {
      throw CLIFailure.badInput(error.description)
    } catch let errors as LoadErrors {
      throw CLIFailure.badInput(errors.description)
    }
    for note in result.notes { CLIContext.warn("note: " + note) }
    // The file's own `%% mlsd template:` comment, unless --template names another.
    if let comment = result.templateComment {
      if let chosen = answered {
        if chosen != comment.id {
          CLIContext.warn(
            "note: \(name):\(comment.line): the file names template '\(comment.id)'; --template \(chosen) is used")
        }
      } else {
        guard library.template(comment.id) != nil else {
          let message = TemplateLint.unknownMessage(comment.id, known: library.templates.map(\.id))
          throw CLIFailure.badInput(
            LoadError(file: name, line: comment.line, column: comment.column, message: message).description)
        }
        answered = comment.id
      }
    }
    var imported = result.board
    imported.template = answered
    let board = Self.laidOut(imported, direction: result.direction)
    if toStdout {
      FileHandle.standardOutput.write(Data(BoardEncoder.encode(board).utf8))
    } else {
      try CLIContext.saveBoard(board, to: target)
    }
    let counts = [
      Count.of(board.boxes.count, "box", "boxes"), Count.of(board.arrows.count, "arrow"),
      Count.of(board.groups.count, "group"),
    ]
    let against = answered.map { " (template \($0))" } ?? ""
    let summary = "Imported \(counts[0]), \(counts[1]) and \(counts[2]) into \(toStdout ? "stdout" : target)\(against)."
    // On stdout only when the board is not there.
    if toStdout { CLIContext.warn(summary) } else { print(summary) }
  }

  /// An imported board laid out in the diagram's own direction, unless its drawing would not fit a
  /// wide terminal (`pageColumns` × a page's rows): then (up to 150 boxes) the layout for reading
  /// (lanes, bands, squeezed gaps) for that page. `render` and `export` of a Mermaid file draw it so.
  static func laidOut(_ imported: Board, direction flowchart: MermaidDirection) -> Board {
    let direction: LayeredLayout.Direction = flowchart.isHorizontal ? .leftToRight : .topToBottom
    let board = LayeredLayout.layout(imported, direction: direction)
    if board.boxes.count <= 150, let bounds = LayeredLayout.drawnBounds(board),
      bounds.width > pageColumns || bounds.height > LayeredLayout.pageRows
    {
      return LayeredLayout.layoutFitting(imported, columns: pageColumns)
    }
    return board
  }
}

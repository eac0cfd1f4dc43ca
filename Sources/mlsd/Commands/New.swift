// `mlsd new FILE [--template ID] [--reference]`: start a board file.
import ArgumentParser
import MLSDCore

struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a new board file, optionally from a case-study template.",
    discussion: """
      Without --template the board is blank. With --reference the board is the template's worked answer.

      A board file is YAML; to write or edit one by hand:

      """ + BoardFormatExample.yaml.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
  )

  @Argument(help: "The board file to create (YAML).")
  var file: String

  @Option(name: .shortAndLong, help: "Template id (see `mlsd templates`).")
  var template: String?

  @Flag(help: "Write the template's reference design (the worked answer) instead of its starting point.")
  var reference = false

  @Flag(name: .shortAndLong, help: "Replace the file if it exists.")
  var force = false

  func run() throws {
    if AtomicWriter.fileExists(file) && !force {
      throw CLIFailure.badInput("\(file): already exists (use --force to replace it)")
    }
    let library = CLIContext.library()
    var board: Board
    if let id = template {
      let chosen = try CLIContext.template(id, in: library)
      board = reference ? chosen.referenceBoard() : chosen.newBoard()
    } else {
      if reference { throw CLIFailure.badInput("--reference needs --template ID") }
      board = Board(title: "Untitled design")
    }
    try CLIContext.saveBoard(board, to: file)
    print("Created \(file)\(template.map { " from template '\($0)'" } ?? "")\(reference ? " (reference design)" : "").")
    print("Open it with `mlsd open \(file)`; `mlsd new --help` shows the file format.")
  }
}

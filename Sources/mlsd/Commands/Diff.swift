// `mlsd diff FILE`: the board against the template's reference design, by component kind.
import ArgumentParser
import MLSDCore

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare a board with its template's reference design: components and flows missing and extra.",
    discussion: "Exit status: 0 when nothing of the reference is missing, 1 when something is, 2 on bad input.")

  @Argument(help: "The board file (-: standard input).")
  var file: String

  @Option(name: .shortAndLong, help: "Template id (default: the board's own template).")
  var template: String?

  /// The board as this command reads it: only words, kinds and arrows count, so boxes the file
  /// did not place are not laid out (a layout of a large unplaced board takes seconds).
  static func loadBoard(_ file: String) throws -> Board { try CLIContext.loadBoard(file, placing: false) }

  func run() throws {
    let board = try Self.loadBoard(file)
    let library = CLIContext.library()
    guard
      let chosen = try template.map({ try CLIContext.template($0, in: library) })
        ?? CLIContext.boardTemplate(board, path: file, in: library)
    else {
      throw CLIFailure.badInput("\(file): the board names no template; pass --template ID")
    }
    let diff = ReferenceDiff(board: board, template: chosen, catalogue: library.catalogue)
    print("\(Sanitizer.visible(board.title)) against the reference design of '\(chosen.id)'\n")
    print(diff.text(catalogue: library.catalogue))
    if !diff.missingComponents.isEmpty || !diff.missingFlows.isEmpty { throw ExitCode(1) }
  }
}

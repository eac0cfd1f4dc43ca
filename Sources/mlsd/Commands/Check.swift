// `mlsd check FILE`: is the design complete? A report grouped by step, as text or JSON.
import ArgumentParser
import MLSDCore

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a board against its template: missing components, flows, notes and classic ML pitfalls.",
    discussion: """
      Exit status: 0 when there are no errors (with --strict: no warnings either), 1 when the \
      design is incomplete, 2 on bad input. The JSON schema is described in docs/CHECKER.md.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The board file (-: standard input).")
  var file: String

  @Option(name: .shortAndLong, help: "Template id to check against (default: the board's own template).")
  var template: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(help: "Fail on warnings too.")
  var strict = false

  @Flag(help: "Also say how every box was read: the kinds it counts as, and why.")
  var explain = false

  /// The board as this command reads it: only words, kinds and arrows count, so boxes the file
  /// did not place are not laid out (a layout of a large unplaced board takes seconds).
  static func loadBoard(_ file: String) throws -> Board { try CLIContext.loadBoard(file, placing: false) }

  func run() throws {
    let library = CLIContext.library()
    let board: Board
    let chosen: Template?
    do {
      board = try Self.loadBoard(file)
      chosen =
        try template.map { try CLIContext.template($0, in: library) }
        ?? CLIContext.boardTemplate(board, path: file, in: library)
    } catch let failure as CLIFailure where format == .json {
      // A script reading stdout gets an answer it can parse; the message still goes to stderr.
      print(
        LoadErrorJSON.encode(file: CLIContext.displayName(file), message: failure.message, problems: failure.problems))
      throw failure
    }
    var report = Checker.check(board, template: chosen, catalogue: library.catalogue)
    // A Mermaid file keeps its notes as comments: the hint for missing notes says how to write them there.
    if CLIContext.isMermaid(file) { report = report.notesWrittenInMermaid() }
    switch format {
    case .text:
      CLIContext.printText(
        ReportFormatter.text(report, board: board, template: chosen, color: CLIContext.stdoutIsTerminal))
      if explain {
        print("")
        CLIContext.printText(
          ReadingFormatter.text(report.reading, board: board, catalogue: library.catalogue, checks: report.checks))
      }
    case .json:
      print(ReportJSON.encode(report, board: board, file: CLIContext.displayName(file), strict: strict))
    }
    if !report.passes(strict: strict) { throw ExitCode(1) }
  }
}

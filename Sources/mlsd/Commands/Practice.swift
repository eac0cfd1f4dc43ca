// `mlsd practice`: a timed mock interview on a case study (interactive), or, with --report, a
// headless review of an existing board against the template's reference design, as Markdown.
import ArgumentParser
import Foundation
import MLSDCore
import MLSDTerminal

struct Practice: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "practice",
    abstract: "Practise a case study against the clock, then review your board against the reference design.",
    discussion: """
      The timed session is interactive and needs a terminal: it opens the whiteboard on the \
      prompt with the overall clock and each step's time budget (the template's minutes scaled to \
      --minutes) on the status line. The reference design and the checklist stay hidden; --hints \
      (or :hints in the app) shows the checklist. The session ends when time is up or on :done, with \
      a review screen; :export review FILE saves it as Markdown. Each finished session is added to \
      the practice history that `mlsd stats` summarises.

      An interviewer asks follow-up questions about your design while you draw: at a step change or \
      after --pause seconds without input, one whose trigger your board and notes meet, the weakest \
      step first, at most --follow-ups in a session. A opens the notes of its step to answer it, S \
      skips it; the review lists each question, whether your notes answer it, and a rubric.

      Without a terminal, --report reviews an existing board (no clock, nothing added to the \
      history) and writes the review as Markdown, with every follow-up the board triggers; \
      `--report -` prints it:
        mlsd practice --report review.md board.yaml --template ad-click-prediction

      Exit status: 0 success, 2 bad input.
      """)

  @Option(name: .shortAndLong, help: "The case study to practise (see `mlsd templates`).")
  var template: String?

  @Flag(help: "Practise a case study picked at random.")
  var random = false

  @Option(parsing: .unconditional, help: "Length of the session in minutes (5 to 180).")
  var minutes = PracticeOptions.defaultMinutes

  @Flag(help: "Show the template's checklist during the session.")
  var hints = false

  // The numbers are taken whatever they look like, so that "-5" is refused as out of range.
  @Option(
    name: .customLong("follow-ups"), parsing: .unconditional,
    help: "Follow-up questions the interviewer asks unprompted at most (0 to 20; 0: none).")
  var followUps = Interviewer.defaultLimit

  @Option(
    parsing: .unconditional, help: "Seconds without a key or the mouse after which the interviewer may ask (5 to 600).")
  var pause = Int(Interviewer.defaultPauseSeconds)

  @Option(help: "Write a review of the board FILE to this Markdown file ('-' for stdout) and exit.")
  var report: String?

  @Argument(help: "The board file to draw on (with --report: the board to review).")
  var file: String?

  func validate() throws {
    if template != nil && random { throw ValidationError("give --template ID or --random, not both") }
    if !PracticeOptions.minutesRange.contains(minutes) {
      throw ValidationError(
        "--minutes must be from \(PracticeOptions.minutesRange.lowerBound) to \(PracticeOptions.minutesRange.upperBound)"
      )
    }
    if !PracticeOptions.followUpsRange.contains(followUps) {
      throw ValidationError("--follow-ups must be from 0 to \(PracticeOptions.followUpsRange.upperBound)")
    }
    if !PracticeOptions.pauseRange.contains(pause) {
      throw ValidationError(
        "--pause must be from \(PracticeOptions.pauseRange.lowerBound) to \(PracticeOptions.pauseRange.upperBound)")
    }
    if report != nil {
      if file == nil { throw ValidationError("--report needs the board FILE to review") }
      if random {
        throw ValidationError("--report reviews a board against its own template; use --template, not --random")
      }
    }
  }

  var options: PracticeOptions {
    PracticeOptions(
      templateID: template, random: random, minutes: minutes, hints: hints, file: file, followUps: followUps,
      pauseSeconds: pause)
  }

  func run() throws {
    let library = CLIContext.library(themes: report == nil)
    if let report, let file {
      try writeReport(to: report, board: file, library: library)
      return
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CLIFailure.badInput(
        "mlsd practice: the timed session is interactive and needs a terminal (stdin and stdout must be a TTY).\n"
          + "For scripts: mlsd practice --report REVIEW.md BOARD.yaml --template ID")
    }
    if file == "-" {
      throw CLIFailure.badInput(
        "mlsd practice: '-' (standard input) is for --report; the timed session edits a file: give its name")
    }
    let board = try file.flatMap { AtomicWriter.fileExists($0) ? try CLIContext.loadBoard($0) : nil }
    var generator = SystemRandomNumberGenerator()
    guard let chosen = options.template(in: library, boardTemplate: board?.template, using: &generator) else {
      if let template { _ = try CLIContext.template(template, in: library) }
      throw CLIFailure.badInput(
        "mlsd practice: name a case study with --template ID or --random (see `mlsd templates`)")
    }
    let environment = CLIContext.environment
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let theme = noColor ? Theme.monochrome : (library.theme("dark") ?? library.themes.first ?? .monochrome)
    let setup = PracticeLauncher.Setup(
      template: chosen, options: options, board: board ?? chosen.newBoard(), library: library, theme: theme,
      ascii: !Open.isUTF8(environment), noColor: noColor, dataFolder: CLIContext.locations.dataFolder,
      environment: environment, absolute: Open.absolute)
    let result = PracticeLauncher.run(setup)
    if result.status != 0 {
      CLIContext.warn(
        "mlsd: stopped by signal \(result.status - 128)"
          + (result.keptUnsavedWork
            ? "; the unsaved work is in the recovery file and will be offered next time" : ""))
      throw ExitCode(result.status)
    }
  }

  private func writeReport(to path: String, board file: String, library: Library) throws {
    let board = try CLIContext.loadBoard(file, mermaid: true)
    guard
      let chosen = try template.map({ try CLIContext.template($0, in: library) })
        ?? CLIContext.boardTemplate(board, path: file, in: library)
    else {
      throw CLIFailure.badInput("\(file): the board names no template; pass --template ID")
    }
    if chosen.reference.boxes.isEmpty {
      throw CLIFailure.badInput("template '\(chosen.id)' has no reference design to review against")
    }
    let review = PracticeReview(
      session: nil, board: board, template: chosen, catalogue: library.catalogue, bank: library.followUps(for: chosen))
    let markdown = review.markdown()
    if path == "-" {
      print(markdown, terminator: "")
      return
    }
    do {
      try AtomicWriter.write(markdown, to: path)
    } catch let error as FileError {
      throw CLIFailure.badInput("cannot write the review: \(error)")
    }
    print(
      "Wrote the review of \(file) against '\(chosen.id)' to \(path): score \(review.score)%, missing "
        + Counted.of(review.diff.missingComponents.count, "component") + " and "
        + Counted.of(review.diff.missingFlows.count, "flow") + "; follow-ups answered: "
        + "\(review.followUps.filter(\.isAnswered).count) of \(review.followUps.count)")
  }

}

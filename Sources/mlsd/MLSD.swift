// The root command and the list of subcommands.
import ArgumentParser
import MLSDCore

struct MLSD: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "mlsd",
    abstract: "A terminal whiteboard for machine-learning system design interviews.",
    discussion: """
      Run without arguments to open the whiteboard on a new scratch board, or give a board \
      file. Headless commands check, render and export boards from scripts.

      Exit status: 0 success, 1 a check found the board incomplete (or kinds matched
      nothing), 2 bad input.
      Shell completion: mlsd --generate-completion-script bash|zsh|fish
      """,
    version: version,
    // Each subcommand names itself in its configuration: without a name ArgumentParser derives
    // one from String(describing: type), whose first dynamic casts search every protocol
    // conformance in the process, 14 M instructions at every start (callgrind, mlsd info).
    subcommands: [
      Open.self, New.self, Templates.self, Info.self, Check.self, Diff.self, Export.self, Import.self,
      Render.self,
      Practice.self, Stats.self, Keys.self, Kinds.self,
    ],
    defaultSubcommand: Open.self
  )
}

/// A failure with a message for the person and an exit status.
struct CLIFailure: Error {
  var status: Int32
  var message: String
  /// The located errors the message is made of, when it comes from loading a file.
  var problems: [LoadError] = []

  static func badInput(_ message: String) -> CLIFailure { CLIFailure(status: 2, message: message) }
  static func badInput(_ problems: [LoadError]) -> CLIFailure {
    CLIFailure(status: 2, message: problems.map(\.description).joined(separator: "\n"), problems: problems)
  }
}

// The `:` commands: parsing the typed line into a command, with a message for anything wrong.

/// A parsed `:` command.
public enum ColonCommand: Hashable, Sendable {
  case write(String?)
  case quit(force: Bool)
  case writeQuit
  case edit(String, force: Bool)
  case template(String?)
  case check
  case export(format: ExportFormat, path: String)
  /// `:export review FILE`: the practice review as Markdown.
  case exportReview(path: String)
  case theme(String?)
  case layout(LayeredLayout.Direction)
  case help
  case title(String)
  /// `:hints`: the checklist on or off during a practice session.
  case hints
  /// `:done`: ends the practice session and opens its review.
  case done
  /// `:ask`: the interviewer's next follow-up question; `:skip` sets the open one aside.
  case ask, skip
  /// `:practice`: how to practise on this board (a session starts from the command line).
  case practice

  /// Parses a command line (without the colon); returns a message for a person when it is wrong.
  public static func parse(_ line: String) -> Result<ColonCommand, CommandError> {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let name = words.first else { return .failure(CommandError("Type a command, e.g. :w or :help")) }
    let args = Array(words.dropFirst())
    let rest = args.joined(separator: " ")
    switch name {
    case "w", "write", "save": return args.count <= 1 ? .success(.write(args.first)) : tooMany(name)
    case "q", "quit": return .success(.quit(force: false))
    case "q!", "quit!": return .success(.quit(force: true))
    case "wq", "x": return .success(.writeQuit)
    case "e", "edit", "open", "e!", "edit!":
      guard args.count == 1 else { return .failure(CommandError(":\(name) FILE opens a board file")) }
      return .success(.edit(args[0], force: name.hasSuffix("!")))
    case "template": return args.count <= 1 ? .success(.template(args.first)) : tooMany(name)
    case "check": return .success(.check)
    case "export":
      guard args.count == 2 else { return .failure(CommandError(exportUsage)) }
      if args[0].lowercased() == "review" { return .success(.exportReview(path: args[1])) }
      guard let format = ExportFormat(name: args[0]) else {
        var text = "Unknown export format '\(Sanitizer.visible(args[0]))'"
        if let guess = Suggest.nearest(args[0], among: ExportFormat.names + ["review"]) {
          text += " (did you mean '\(guess)'?)"
        }
        return .failure(CommandError(text + ": \(exportChoices)"))
      }
      return .success(.export(format: format, path: args[1]))
    case "theme": return args.count <= 1 ? .success(.theme(args.first)) : tooMany(name)
    case "layout":
      switch args.first?.lowercased() {
      case nil, "lr", "right", "lefttoright": return .success(.layout(.leftToRight))
      case "tb", "down", "toptobottom": return .success(.layout(.topToBottom))
      default: return .failure(CommandError(":layout [lr|tb] lays the board out left to right or top to bottom"))
      }
    case "help", "h": return .success(.help)
    case "hints": return .success(.hints)
    case "done": return .success(.done)
    case "ask": return .success(.ask)
    case "skip": return .success(.skip)
    case "practice", "practise": return .success(.practice)
    case "title":
      guard !rest.isEmpty else { return .failure(CommandError(":title TEXT renames the board")) }
      return .success(.title(rest))
    default:
      var text = "Unknown command :\(Sanitizer.visible(name))"
      if let guess = Suggest.nearest(name, among: known) { text += " (did you mean :\(guess)?)" }
      return .failure(CommandError(text + "; :help lists them"))
    }
  }

  static let known = [
    "w", "q", "q!", "wq", "e", "template", "check", "export", "theme", "layout", "help", "title", "hints", "done",
    "ask", "skip", "practice",
  ]

  /// What `:export` takes, with every format's name.
  public static var exportUsage: String { ":export FORMAT FILE, FORMAT: \(exportChoices)" }

  /// What `:export` takes as FORMAT: every export format, and the practice review.
  static var exportChoices: String { ExportFormat.names.joined(separator: ", ") + " or review" }

  static func tooMany(_ name: String) -> Result<ColonCommand, CommandError> {
    .failure(CommandError(":\(name) takes one argument at most (file names cannot hold spaces here)"))
  }
}

/// Why a command line could not be run.
public struct CommandError: Error, Hashable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

// `mlsd stats`: practice progress over time, read from the practice history.
import ArgumentParser
import MLSDCore

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show practice progress: per case study and per step, over time.",
    discussion: """
      Reads the practice history, one JSON line per finished `mlsd practice` session, in \
      $XDG_DATA_HOME/mlsd/history.jsonl (else ~/.local/share/mlsd/history.jsonl). A line that cannot \
      be read is skipped with a warning naming the file and line.
      """)

  @Option(name: .shortAndLong, help: "Only sessions on this template.")
  var template: String?

  func run() throws {
    guard let folder = CLIContext.locations.dataFolder else {
      throw CLIFailure.badInput("mlsd stats: neither XDG_DATA_HOME nor HOME is set, so there is no history to read")
    }
    let loaded = PracticeHistory.load(folder: folder)
    for warning in loaded.warnings { CLIContext.warn("warning: \(warning)") }
    let library = CLIContext.library()
    var records = loaded.records
    if let template {
      records = records.filter { $0.templateID == template }
      if records.isEmpty && library.template(template) == nil { _ = try CLIContext.template(template, in: library) }
    }
    var titles: [String: String] = [:]
    for known in library.templates { titles[known.id] = known.title }
    if let template, records.isEmpty {
      print("No practice sessions on '\(Sanitizer.visible(template))' yet.")
      return
    }
    print(StatsReport(records: records, titles: titles).text())
  }
}

// `mlsd keys`: the whiteboard's keys, printed from the key table the app dispatches with.
import ArgumentParser
import MLSDCore

struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "Print every key of the whiteboard, grouped (a cheat sheet).")

  @Flag(help: "Print Markdown tables (the README's key reference) instead of plain text.")
  var markdown = false

  func run() throws {
    if markdown { return print(KeyCheatSheet.markdown(), terminator: "") }
    CLIContext.printText(String(KeyCheatSheet.text().dropLast()))
  }
}

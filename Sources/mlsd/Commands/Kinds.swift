// `mlsd kinds`: the component kinds a box can be declared as (YAML `kind:`, a Mermaid class, the
// whiteboard's K palette), printed from the catalogue the checker reads.
import ArgumentParser
import MLSDCore

struct Kinds: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kinds",
    abstract: "List the component kinds: the ids a box's kind is declared with, and their names.",
    discussion: """
      Declare a kind in a board file (`kind: data-source`), in a Mermaid import \
      (`pay[Payment events]:::data-source`), or in the whiteboard with K. With a word, only the \
      kinds whose id, name or aliases match it are listed.

      Exit status: 0 success, 1 no kind matches the word (as grep finds nothing), 2 bad input.
      """)

  @Argument(help: "Only the kinds matching this word (as the K palette searches).")
  var search: String?

  @Flag(help: "Also print each kind's description and the other names it is known by.")
  var long = false

  func run() throws {
    let catalogue = CLIContext.library().catalogue
    let kinds = search.map { catalogue.search($0) } ?? catalogue.kinds
    if kinds.isEmpty, let search {
      throw CLIFailure(
        status: 1,
        message: "mlsd kinds: no kind matches '\(Sanitizer.visible(search))' (mlsd kinds without a word lists them all)"
      )
    }
    let idWidth = kinds.map(\.id.count).max() ?? 0
    for kind in kinds {
      print("\(kind.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(Sanitizer.visible(kind.name))")
      guard long else { continue }
      print("    \(Sanitizer.visible(kind.description))")
      if !kind.aliases.isEmpty {
        print("    also: " + kind.aliases.map(Sanitizer.visible).joined(separator: ", "))
      }
    }
  }
}

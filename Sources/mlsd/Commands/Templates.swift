// `mlsd templates`: list the case-study templates.
import ArgumentParser
import Foundation
import MLSDCore

struct Templates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates", abstract: "List the case-study templates.")

  func run() throws {
    let library = CLIContext.library()
    let width = library.templates.map(\.id.count).max() ?? 0
    for template in library.templates {
      let id = template.id.padding(toLength: width, withPad: " ", startingAt: 0)
      let difficulty = template.difficulty.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
      print("\(id)  \(difficulty)  \(Sanitizer.visible(template.title))")
    }
  }
}

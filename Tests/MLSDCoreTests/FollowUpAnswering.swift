// How the follow-up tests ask a question of notes alone: a board titled "T" with these notes, the
// follow-up of that id from the template's bank (or the shared one), answered as the review does.
import XCTest

@testable import MLSDCore

protocol FollowUpAnswering {}

extension FollowUpAnswering {
  func answer(_ template: String?, _ id: String, _ texts: [Step: String]) throws -> FollowUpAnswer {
    let library = Fixtures.library
    let bank = library.followUps(for: template.flatMap { library.template($0) })
    let followUp = try XCTUnwrap(bank.followUp(id), id)
    let board = Board(title: "T", notes: StepNotes(texts))
    return FollowUpContext(board: board, catalogue: library.catalogue).answer(followUp)
  }

  func assertAnswered(
    _ template: String?, _ id: String, _ texts: [Step: String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let found = try answer(template, id, texts)
    XCTAssertTrue(
      found.isAnswered, "\(id): found \(found.found.map(\.idea)), missing \(found.missing)", file: file, line: line)
  }
}

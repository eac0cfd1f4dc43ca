// The reference notes of the templates are prose that the screen wraps: a line end in them
// stands for a paragraph or a list item, never for the width of the editor they were typed in.
import XCTest

@testable import MLSDCore

final class TemplateNotesTests: XCTestCase {
  let library = Fixtures.library

  /// Templates with reference notes, and each step's notes.
  private func referenceNotes() -> [(template: String, step: Step, text: String)] {
    var out: [(String, Step, String)] = []
    for template in library.templates {
      let notes = template.reference.notes
      for step in notes.filledSteps { out.append((template.id, step, notes[step])) }
    }
    return out
  }

  func testTheTemplatesHaveReferenceNotes() {
    // The checks below say nothing if no notes were loaded.
    XCTAssertGreaterThanOrEqual(referenceNotes().count, 70)
  }

  /// Every line end inside a note starts a paragraph (a blank line) or a list item, or ends one.
  func testReferenceNotesHaveNoHardWrappedLines() {
    for (template, step, text) in referenceNotes() {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for (index, line) in lines.enumerated().dropLast() {
        let next = lines[index + 1]
        let meaningful =
          line.trimmingCharacters(in: .whitespaces).isEmpty || next.trimmingCharacters(in: .whitespaces).isEmpty
          || Self.startsListItem(next)
        XCTAssertTrue(
          meaningful,
          "\(template) \(step.rawValue): line \(index + 1) is broken mid-paragraph: \"\(line.suffix(30))\" / \"\(next.prefix(30))\""
        )
      }
    }
  }

  /// In the side panel, at the sizes people use, a notes row ends early only where its paragraph
  /// does: the next row's first word would not have fitted after it.
  func testNotesFillThePanelRowsAt120x40And80x24() {
    for (width, height) in [(120, 40), (80, 24)] {
      for template in library.templates where !template.reference.boxes.isEmpty {
        // The notes alone: the panel's text does not depend on the boxes.
        var app = AppHarness(
          board: Board(title: template.title, notes: template.reference.notes), width: width, height: height)
        for step in Step.allCases where !app.state.board.notes[step].isEmpty {
          app.state.currentStep = step
          let panelWidth = PanelView.body(app.state).width
          let rows = PanelView.expandedLines(step, app.state, width: panelWidth)
            .filter { $0.style == CellStyle(.panel) && $0.step == step }.map(\.text)
          XCTAssertGreaterThan(rows.count, 1, "\(template.id) \(step.rawValue) at \(width)x\(height)")
          for (row, next) in zip(rows, rows.dropFirst()) where !row.isEmpty && !next.isEmpty {
            let word = next.split(separator: " ").first.map(String.init) ?? next
            XCTAssertGreaterThan(
              DisplayWidth.of(row) + 1 + DisplayWidth.of(word), panelWidth,
              "\(template.id) \(step.rawValue) at \(width)x\(height): \"\(row)\" ends early before \"\(word)\"")
          }
        }
      }
    }
  }

  private static func startsListItem(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " }
    if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return true }
    let digits = trimmed.prefix { $0.isNumber }
    return !digits.isEmpty
      && (trimmed.dropFirst(digits.count).hasPrefix(". ") || trimmed.dropFirst(digits.count).hasPrefix(") "))
  }
}

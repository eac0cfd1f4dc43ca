// A plain-text summary of a board for `mlsd info`.

import Foundation

public enum BoardSummary {
  public static func text(for board: Board) -> String {
    var lines: [String] = []
    lines.append("Title:    \(Sanitizer.visible(board.title))")
    lines.append("Template: \(board.template.map(Sanitizer.visible) ?? "(none)")")
    lines.append("Boxes:    \(board.boxes.count)")
    lines.append("Arrows:   \(board.arrows.count)")
    lines.append(
      "Groups:   \(board.groups.count)\(board.groups.isEmpty ? "" : " (" + board.groups.map { Sanitizer.visible($0.title) }.joined(separator: ", ") + ")")"
    )
    lines.append("Notes:")
    for step in Step.allCases {
      let text = board.notes[step]
      let words = WordCount.of(text)
      let summary = words == 0 ? "empty" : Counted.of(words, "word")
      lines.append("  \(step.number). \(step.title.padding(toLength: 30, withPad: " ", startingAt: 0)) \(summary)")
    }
    return lines.joined(separator: "\n")
  }
}

// The top line: " mlsd │ TITLE [+] │ FILE" on the left, the template, score and timer on the
// right. When the line is too narrow, the less needed parts give way one after another (the
// title cut, the template, the file name cut from the left, the timer, "mlsd"), and the unsaved
// mark "[+]" never does: it is what tells a person that work is not yet on disk.

struct TopBar {
  var title: String
  var dirty: Bool
  var file: String
  var template: String
  var score: Int
  var timer: String
  /// In practice the clock is on the status line; the score shows only with the checklist.
  var practice: Bool
  var scoreShown: Bool
  var ascii: Bool

  /// How the parts give way, the first that fits wins: the title's and the file's widths (nil:
  /// whole), whether "mlsd" shows, and how much of the right side does.
  private static let steps: [(title: Int?, file: Int?, brand: Bool, right: RightSide)] = [
    (nil, nil, true, .all), (24, nil, true, .all), (24, 24, true, .all), (20, 24, true, .noTemplate),
    (16, 20, true, .noTemplate), (12, 16, true, .noTemplate), (12, 16, false, .noTemplate),
    (10, 14, false, .scoreOnly), (8, 12, false, .none), (6, 10, false, .none), (4, 8, false, .none),
  ]

  private enum RightSide { case all, noTemplate, scoreOnly, none }

  /// The left and right texts for a line `width` columns wide; the right is drawn flush right.
  func texts(width: Int) -> (left: String, right: String) {
    var last = ("", "")
    for step in TopBar.steps {
      let left = self.left(title: step.title, file: step.file, brand: step.brand)
      let right = self.right(step.right)
      last = (left, right)
      let spare = width - DisplayWidth.of(left) - 1 - DisplayWidth.of(right)
      guard spare >= 0 else { continue }
      // A cut title takes back the room the step left over.
      guard let cut = step.title, spare > 0 else { return last }
      return (self.left(title: cut + spare, file: step.file, brand: step.brand), right)
    }
    // Narrower still: the mark first, then whatever of the rest fits.
    let mark = dirty ? " [+]" : ""
    let rest = " " + title + (ascii ? " | " : " │ ") + file
    return (mark + fold(DisplayWidth.truncate(rest, to: max(0, width - 1 - DisplayWidth.of(mark)))), "")
  }

  private func left(title titleWidth: Int?, file fileWidth: Int?, brand: Bool) -> String {
    let shownTitle = titleWidth.map { fold(DisplayWidth.truncate(title, to: $0)) } ?? fold(title)
    // The file's own name stays whole while the steps shorten the title instead.
    let name = file.split(separator: "/").last.map(String.init) ?? file
    let keep = DisplayWidth.of(name) + (ascii ? 4 : 2)
    let shownFile = fileWidth.map { cutFromLeft(fold(file), to: max($0, keep)) } ?? fold(file)
    let bar = ascii ? "|" : "│"
    return (brand ? " mlsd \(bar) " : " ") + shownTitle + (dirty ? " [+]" : "") + " \(bar) " + shownFile
  }

  private func right(_ side: RightSide) -> String {
    let bar = ascii ? "|" : "│"
    let template = fold(self.template)
    if practice {
      let score = scoreShown ? " \(bar) score \(score)% " : " "
      switch side {
      case .all: return " \(template) \(bar) practice" + score
      case .noTemplate: return " practice" + score
      case .scoreOnly: return scoreShown ? " \(score)% " : ""
      case .none: return ""
      }
    }
    switch side {
    case .all: return " \(template) \(bar) score \(score)% \(bar) \(timer) "
    case .noTemplate: return " score \(score)% \(bar) \(timer) "
    case .scoreOnly: return " score \(score)% "
    case .none: return ""
    }
  }

  /// A path cut from the left, so that its end (the file's name) stays: "…/boards/b1.yaml".
  private func cutFromLeft(_ text: String, to columns: Int) -> String {
    if DisplayWidth.of(text) <= columns { return text }
    let mark = ascii ? "..." : "…"
    return mark + DisplayWidth.suffix(text, fitting: max(0, columns - DisplayWidth.of(mark)))
  }

  /// Text in 7-bit when the terminal shows only ASCII, taking the same columns.
  private func fold(_ text: String) -> String { ascii ? ASCIIText.of(text) : text }
}

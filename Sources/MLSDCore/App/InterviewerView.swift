// The interviewer's panel: the open follow-up question in a small frame at the bottom left of
// the board, over the drawing but taking no input, so drawing goes on around it.

enum InterviewerView {
  static let maxWidth = 72
  static let questionLines = 3

  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    guard let interviewer = state.interviewer, let question = interviewer.current else { return }
    if let practice = state.practice, practice.phase != .drawing { return }
    let area = state.canvasArea
    let width = min(area.width, maxWidth)
    guard width >= 24, area.height >= 8 else { return }
    var lines = DisplayWidth.wrap(Sanitizer.visible(question.question), to: width - 4)
    if lines.count > questionLines {
      lines = Array(lines.prefix(questionLines))
      lines[questionLines - 1] = DisplayWidth.truncate(lines[questionLines - 1] + " …", to: width - 4)
    }
    let others = interviewer.open.count - 1
    let footer =
      "A answer in step \(question.step.number)'s notes · S skip" + (others > 0 ? " · \(others) more open" : "")
    let height = lines.count + 3
    let rect = GridRect(x: area.x, y: area.y + area.height - height, width: width, height: height)
    Chrome.window(
      &canvas, rect, title: "Interviewer · \(question.step.number). \(question.step.shortTitle)", ascii: state.ascii)
    for (i, line) in lines.enumerated() {
      canvas.put(
        text: line, x: rect.x + 2, y: rect.y + 1 + i, style: CellStyle(.warning, bold: true), maxWidth: width - 4)
    }
    canvas.put(
      cut: footer, x: rect.x + 2, y: rect.y + 1 + lines.count, style: CellStyle(.dim), width: width - 4,
      ascii: state.ascii)
  }
}

// The side panel: three tabs — the seven steps with notes and guiding questions, the live
// checklist of the template, and the component palette.

/// One line of the panel, and what a click on it opens.
struct PanelLine {
  var text: String
  var style: CellStyle
  var step: Step? = nil
  var kind: String? = nil
  var check: Check? = nil
}

enum PanelView {
  /// Where the panel's scrolling text sits on the screen.
  static func body(_ state: AppState) -> GridRect {
    let x0 = state.screenWidth - state.panelWidth
    return GridRect(x: x0 + 2, y: 3, width: state.panelWidth - 3, height: state.screenHeight - 4)
  }

  /// The lines of the current tab.
  static func lines(_ state: AppState) -> [PanelLine] {
    let width = body(state).width
    switch state.panelTab {
    case .steps: return stepLines(state, width: width)
    case .checklist:
      return state.checklistVisible ? checklistLines(state, width: width) : stepLines(state, width: width)
    case .palette: return paletteLines(state, width: width)
    }
  }

  /// The first line shown, given the scroll position and the lines there are.
  static func firstLine(_ state: AppState, count: Int) -> Int {
    max(0, min(state.panelScroll, count - body(state).height))
  }

  /// The line under a screen row of the panel body.
  static func line(atScreenRow y: Int, _ state: AppState) -> PanelLine? {
    let all = lines(state)
    let index = firstLine(state, count: all.count) + y - body(state).y
    return all.indices.contains(index) ? all[index] : nil
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    let width = state.panelWidth
    let x0 = state.screenWidth - width
    let top = 1
    let height = state.screenHeight - 2
    canvas.fill(GridRect(x: x0, y: top, width: width, height: height), with: Cell(" ", style: CellStyle(.panel)))
    for y in top..<(top + height) {
      canvas.put(state.ascii ? "|" : "│", x: x0, y: y, style: CellStyle(.panel))
    }
    // Tab row.
    var x = x0 + 1
    for tab in state.visibleTabs {
      let selected = tab == state.panelTab
      let style = CellStyle(selected ? .panelSelected : .panelTitle, bold: selected)
      x += canvas.put(cut: " \(tab.rawValue) ", x: x, y: top, style: style, width: x0 + width - x, ascii: state.ascii)
      x += 1
    }
    let body = body(state)
    let all = lines(state)
    let first = firstLine(state, count: all.count)
    for (i, line) in all.dropFirst(first).prefix(body.height).enumerated() {
      // A line wider than the panel ends in "…", so that two lines cut alike do not look the same.
      canvas.put(cut: line.text, x: body.x, y: body.y + i, style: line.style, width: body.width, ascii: state.ascii)
    }
    let below = all.count - first - body.height
    if below > 0 {
      Chrome.row(&canvas, y: body.maxY, x: body.x, width: body.width, style: CellStyle(.panel))
      canvas.put(
        text: "\(state.ascii ? "..." : "…") \(below + 1) more lines (PgDn)", x: body.x, y: body.maxY,
        style: CellStyle(.dim),
        maxWidth: body.width)
    }
  }

  /// The seven steps, one line each, then the current step's notes and the template's questions.
  static func stepLines(_ state: AppState, width: Int) -> [PanelLine] {
    var out: [PanelLine] = []
    for step in Step.allCases {
      let notes = state.board.notes[step]
      let mark = notes.isEmpty ? (state.ascii ? "-" : "·") : (state.ascii ? "+" : "✓")
      let percent = CheckReport.percent(state.report.score(for: step))
      let current = step == state.currentStep
      let title = "\(step.number) \(mark) \(step.title)"
      let scoreText = state.checklistVisible ? " \(percent)%" : ""
      let padded =
        DisplayWidth.truncate(title, to: width - scoreText.count, ascii: state.ascii)
        .padding(toWidth: width - scoreText.count)
        + scoreText
      out.append(
        PanelLine(text: padded, style: CellStyle(current ? .panelSelected : .panel, bold: current), step: step))
    }
    out.append(PanelLine(text: "", style: CellStyle(.panel)))
    out += expandedLines(state.currentStep, state, width: width)
    return out
  }

  /// The current step's notes, then the template's questions for it.
  static func expandedLines(_ step: Step, _ state: AppState, width: Int) -> [PanelLine] {
    var out: [PanelLine] = []
    let guide = state.template?.guide(for: step) ?? StepGuide(minutes: 0, questions: [])
    // In practice, the step's budget scaled to the session's length; else the template's minutes.
    let budget = state.practice.map { PracticeFormat.stepBudget($0.session.budget[step]) }
    let minutes = budget.map { " (~\($0))" } ?? (guide.minutes > 0 ? " (~\(guide.minutes) min)" : "")
    out.append(
      PanelLine(
        text: "\(step.number). \(step.shortTitle)\(minutes)", style: CellStyle(.panelTitle, bold: true), step: step))
    let notes = state.board.notes[step]
    if notes.isEmpty {
      out.append(PanelLine(text: "No notes: press \(step.number) to write", style: CellStyle(.dim), step: step))
    } else {
      for line in DisplayWidth.wrap(notes, to: width) {
        out.append(PanelLine(text: line, style: CellStyle(.panel), step: step))
      }
    }
    for question in guide.questions {
      for (i, line) in DisplayWidth.wrap(question, to: width - 2).enumerated() {
        out.append(PanelLine(text: (i == 0 ? "? " : "  ") + line, style: CellStyle(.hint)))
      }
    }
    return out
  }

  /// Pitfall rules that read the notes rather than the diagram.
  static let notesRules = Set(
    [RuleID.pitfallLeakage, .pitfallNoOfflineMetric, .pitfallNoOnlineMetric].map(\.rawValue))

  static func checklistLines(_ state: AppState, width: Int) -> [PanelLine] {
    let report = state.report
    var out: [PanelLine] = []
    let score = CheckReport.percent(report.overallScore)
    out.append(
      PanelLine(
        text:
          "Score \(score)% · \(Counted.of(report.errorCount, "error")) · \(Counted.of(report.warningCount, "warning"))",
        style: CellStyle(.panelTitle)))
    if state.template == nil { out.append(PanelLine(text: "No template: :template ID", style: CellStyle(.dim))) }
    out.append(PanelLine(text: "Click a check for its hint", style: CellStyle(.dim)))
    for step in Step.allCases {
      let checks = report.checks.filter { $0.step == step && $0.severity != .hint }
      guard !checks.isEmpty else { continue }
      let passed = checks.filter(\.passed).count
      out.append(
        PanelLine(text: "\(step.number) \(step.shortTitle)  \(passed)/\(checks.count)", style: CellStyle(.panelTitle)))
      for check in checks {
        let mark = check.passed ? (state.ascii ? "[x]" : "✓") : (state.ascii ? "[ ]" : "✗")
        let role: StyleRole = check.passed ? .ok : (check.severity == .error ? .error : .warning)
        // A click on a check the notes answer opens that step's notes.
        let opens = check.rule.hasPrefix("notes.") || notesRules.contains(check.rule) ? check.step : nil
        // A long title wraps under itself: the end of a flow ("… → Vector index") is what tells
        // two checks apart. Each of its lines opens the same check.
        let lead = "  \(mark) "
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        for (i, piece) in DisplayWidth.wrap(check.title, to: max(8, width - indent.count)).enumerated() {
          out.append(
            PanelLine(text: (i == 0 ? lead : indent) + piece, style: CellStyle(role), step: opens, check: check))
        }
      }
    }
    return out
  }

  static func paletteLines(_ state: AppState, width: Int) -> [PanelLine] {
    var out = [PanelLine(text: "a adds a box (or click one here)", style: CellStyle(.dim))]
    // One heading per category, in the order the catalogue first names it, with all its kinds
    // under it (the catalogue lists some categories in more than one place).
    var category = ""
    for kind in byCategory(state.library.catalogue.kinds) {
      if kind.category != category {
        category = kind.category
        out.append(PanelLine(text: category, style: CellStyle(.panelTitle)))
      }
      let aliases = kind.aliases.prefix(3).joined(separator: ", ")
      out.append(
        PanelLine(
          text: "  \(kind.name)" + (aliases.isEmpty ? "" : " (\(aliases))"), style: CellStyle(.panel), kind: kind.id))
    }
    return out
  }

  /// The kinds with each category's kinds together, the categories in the order of their first
  /// kind, the kinds of one category in catalogue order.
  static func byCategory(_ kinds: [ComponentKind]) -> [ComponentKind] {
    var order: [String: Int] = [:]
    for kind in kinds where order[kind.category] == nil { order[kind.category] = order.count }
    return kinds.enumerated().sorted {
      (order[$0.element.category]!, $0.offset) < (order[$1.element.category]!, $1.offset)
    }.map(\.element)
  }
}

extension String {
  /// The text padded with spaces to a display width.
  func padding(toWidth width: Int) -> String {
    let w = DisplayWidth.of(self)
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }
}

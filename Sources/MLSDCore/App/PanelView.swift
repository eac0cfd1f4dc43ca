// The side panel: three tabs — the seven steps with notes and guiding questions, the live
// checklist of the template, and the component palette.

enum PanelView {
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
    for tab in PanelTab.allCases {
      let selected = tab == state.panelTab
      let style = CellStyle(selected ? .panelSelected : .panelTitle, bold: selected)
      x += canvas.put(text: " \(tab.rawValue) ", x: x, y: top, style: style, maxWidth: x0 + width - x)
      x += 1
    }
    let body = GridRect(x: x0 + 2, y: top + 2, width: width - 3, height: height - 2)
    let lines: [(String, CellStyle)]
    switch state.panelTab {
    case .steps: lines = stepLines(state, width: body.width)
    case .checklist: lines = checklistLines(state, width: body.width)
    case .palette: lines = paletteLines(state, width: body.width)
    }
    for (i, line) in lines.prefix(body.height).enumerated() {
      canvas.put(text: line.0, x: body.x, y: body.y + i, style: line.1, maxWidth: body.width)
    }
    if lines.count > body.height {
      Chrome.row(&canvas, y: body.maxY, x: body.x, width: body.width, style: CellStyle(.panel))
      canvas.put(
        text: "… \(lines.count - body.height + 1) more lines", x: body.x, y: body.maxY,
        style: CellStyle(.dim), maxWidth: body.width)
    }
  }

  /// The step listed on a row of the panel body (row 0 is the tab row; steps follow a blank row).
  static func step(atRow row: Int, state: AppState) -> Step? {
    Step(number: row - 1)
  }

  /// The seven steps, one line each, then the current step's notes and the template's questions.
  static func stepLines(_ state: AppState, width: Int) -> [(String, CellStyle)] {
    var out: [(String, CellStyle)] = []
    for step in Step.allCases {
      let notes = state.board.notes[step]
      let mark = notes.isEmpty ? (state.ascii ? "-" : "·") : (state.ascii ? "+" : "✓")
      let percent = CheckReport.percent(state.report.score(for: step))
      let current = step == state.currentStep
      let title = "\(step.number) \(mark) \(step.title)"
      let scoreText = " \(percent)%"
      let padded =
        DisplayWidth.truncate(title, to: width - scoreText.count).padding(toWidth: width - scoreText.count)
        + scoreText
      out.append((padded, CellStyle(current ? .panelSelected : .panel, bold: current)))
    }
    out.append(("", CellStyle(.panel)))
    out += expandedLines(state.currentStep, state, width: width)
    return out
  }

  /// The current step's notes, then the template's questions for it.
  static func expandedLines(_ step: Step, _ state: AppState, width: Int) -> [(String, CellStyle)] {
    var out: [(String, CellStyle)] = []
    let guide = state.template?.guide(for: step) ?? StepGuide(minutes: 0, questions: [])
    let minutes = guide.minutes > 0 ? " (~\(guide.minutes) min)" : ""
    out.append(("\(step.number). \(step.shortTitle)\(minutes)", CellStyle(.panelTitle, bold: true)))
    let notes = state.board.notes[step]
    if notes.isEmpty {
      out.append(("No notes: press \(step.number) to write", CellStyle(.dim)))
    } else {
      for line in DisplayWidth.wrap(notes, to: width).prefix(12) { out.append((line, CellStyle(.panel))) }
    }
    for question in guide.questions {
      for (i, line) in DisplayWidth.wrap(question, to: width - 2).enumerated() {
        out.append(((i == 0 ? "? " : "  ") + line, CellStyle(.hint)))
      }
    }
    return out
  }

  static func checklistLines(_ state: AppState, width: Int) -> [(String, CellStyle)] {
    let report = state.report
    var out: [(String, CellStyle)] = []
    let score = CheckReport.percent(report.overallScore)
    out.append(
      ("Score \(score)% · \(report.errorCount) errors · \(report.warningCount) warnings", CellStyle(.panelTitle)))
    if state.template == nil { out.append(("No template: :template ID", CellStyle(.dim))) }
    for step in Step.allCases {
      let checks = report.checks.filter { $0.step == step && $0.severity != .hint }
      guard !checks.isEmpty else { continue }
      let passed = checks.filter(\.passed).count
      out.append(("\(step.number) \(step.shortTitle)  \(passed)/\(checks.count)", CellStyle(.panelTitle)))
      for check in checks {
        let mark = check.passed ? (state.ascii ? "[x]" : "✓") : (state.ascii ? "[ ]" : "✗")
        let role: StyleRole = check.passed ? .ok : (check.severity == .error ? .error : .warning)
        out.append(("  \(mark) \(check.title)", CellStyle(role)))
      }
    }
    return out
  }

  static func paletteLines(_ state: AppState, width: Int) -> [(String, CellStyle)] {
    var out: [(String, CellStyle)] = [("a adds a box; type to filter", CellStyle(.dim))]
    var category = ""
    for kind in state.library.catalogue.kinds {
      if kind.category != category {
        category = kind.category
        out.append((category, CellStyle(.panelTitle)))
      }
      let aliases = kind.aliases.prefix(3).joined(separator: ", ")
      out.append(("  \(kind.name)" + (aliases.isEmpty ? "" : " (\(aliases))"), CellStyle(.panel)))
    }
    return out
  }
}

extension String {
  /// The text padded with spaces to a display width.
  func padding(toWidth width: Int) -> String {
    let w = DisplayWidth.of(self)
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }
}

// The review screen: the candidate's board beside the reference design (stacked when the
// terminal is narrow) with missing and extra parts marked, then time and score per step, then the
// findings by step. The page is taller than a screen; the app scrolls it.

extension PracticeReview {
  /// What fits on a screen of `width`×`height`, starting `scroll` rows down the page, with the
  /// diagrams panned `pan` columns to the right (when they are wider than their panels). With
  /// `fit` (made for this screen by `fit(width:height:)`), the diagrams are drawn as it laid them
  /// out; without, at their own size (with a note saying so while `fitting`: a fit is being made).
  public func view(
    width: Int, height: Int, scroll: Int = 0, pan: Int = 0, charset: Charset = .unicode, fit: Fit? = nil,
    fitting: Bool = false
  ) -> Canvas {
    let page = page(width: width, pan: pan, charset: charset, fit: fit, fitting: fitting)
    var screen = Canvas(width: width, height: height)
    screen.blit(page, x: 0, y: -max(0, min(scroll, page.height - 1)))
    return screen
  }

  /// The whole page at `width` columns, as tall as its content.
  public func page(
    width: Int, pan: Int = 0, charset: Charset = .unicode, fit: Fit? = nil, fitting: Bool = false
  ) -> Canvas {
    var page = PageWriter(width: max(1, width), ascii: charset == .ascii)
    paintHeader(into: &page)
    if fitting && fit == nil {
      page.line([("Fitting the diagrams to the screen…", CellStyle(.dim))])
    }
    paintDiagrams(into: &page, pan: pan, charset: charset, fit: fit)
    page.blank()
    paintDiffLists(into: &page)
    page.blank()
    page.line([(stepTableTitle, CellStyle(.panelTitle, bold: true))])
    for (text, style) in stepLines() { page.line([(text, style)]) }
    page.blank()
    page.line([("Findings by step", CellStyle(.panelTitle, bold: true))])
    paintFindings(into: &page)
    page.blank()
    paintRubric(into: &page)
    page.blank()
    paintFollowUps(into: &page)
    return page.canvas
  }

  /// The title, the score line and the short lists of what is missing, down to the diagrams.
  func paintHeader(into page: inout PageWriter) {
    let scoreRole: StyleRole = score >= 80 ? .ok : score >= 50 ? .warning : .error
    page.line([("Practice review — " + template.title, CellStyle(.panelTitle, bold: true))])
    var summary =
      "Score \(score)% · \(Counted.of(report.errorCount, "error")), "
      + "\(Counted.of(report.warningCount, "warning")), \(Counted.of(report.hintCount, "hint"))"
      + " · rubric \(rubric.total)/\(rubric.maximum)"
    if let timeTable {
      summary +=
        " · time \(PracticeFormat.clock(timeTable.spentSeconds))/\(PracticeFormat.clock(Double(timeTable.budgetSeconds)))"
    }
    page.line([(summary, CellStyle(scoreRole, bold: true))])
    page.blank()
    let missing = diff.missingComponents.map { name(ofKind: $0) }
    let missingFlows = diff.missingFlows.map { name(of: $0) }
    let extra = diff.extraComponents.map { name(ofKind: $0) } + diff.extraFlows.map { name(of: $0) }
    // The top stays short so the diagrams show on a small screen; the full lists follow them.
    page.wrapped(
      "Missing components (\(missing.count)): " + Self.list(missing), style: CellStyle(missing.isEmpty ? .ok : .error),
      maxLines: 2)
    page.wrapped(
      "Missing flows (\(missingFlows.count)): " + Self.list(missingFlows),
      style: CellStyle(missingFlows.isEmpty ? .ok : .error), maxLines: 2)
    if !extra.isEmpty {
      page.wrapped(
        "Not in the reference (\(extra.count)): " + Self.list(extra), style: CellStyle(.warning), maxLines: 2)
    }
    page.blank()
  }

  private func paintDiagrams(into page: inout PageWriter, pan: Int, charset: Charset, fit: Fit?) {
    let mine = Self.panned(
      diagramCanvas(
        fit?.board.diagram ?? boardDiagram, charset: charset, boxes: extraBoardBoxes, arrows: extraBoardArrows,
        role: .warning),
      by: pan)
    let theirs = Self.panned(
      diagramCanvas(
        fit?.reference.diagram ?? referenceDiagram, charset: charset, boxes: missingReferenceBoxes,
        arrows: missingReferenceArrows, role: .boxMissing),
      by: pan)
    let gap = Self.panelGap
    let width = page.width
    let headingMine =
      "Your board" + (extraBoardBoxes.isEmpty && extraBoardArrows.isEmpty ? "" : " (extra parts marked)")
    let headingTheirs =
      "Reference design"
      + (diff.missingComponents.isEmpty && diff.missingFlows.isEmpty ? "" : " (what you missed marked)")
    let noteMine = fit.flatMap { Self.note($0.board, room: $0.boardRoom) }
    let noteTheirs = fit.flatMap { Self.note($0.reference, room: $0.referenceRoom) }
    let heading = CellStyle(.panelTitle, bold: true)
    let sideBySide =
      fit.map { $0.placement == .sideBySide } ?? (mine.width + gap + theirs.width <= width || width >= 120)
    if sideBySide {
      let left =
        fit.map { min($0.boardColumns, width) } ?? min(mine.width, max((width - gap) / 2, width - gap - theirs.width))
      let right = max(0, width - gap - left)
      var top = page.row
      page.put(headingMine, x: 0, y: top, style: heading, maxWidth: left)
      page.put(headingTheirs, x: left + gap, y: top, style: heading, maxWidth: right)
      if fit != nil {
        top += 1
        page.put(noteMine ?? "", x: 0, y: top, style: CellStyle(.dim), maxWidth: left)
        page.put(noteTheirs ?? "", x: left + gap, y: top, style: Self.noteStyle(fit?.reference), maxWidth: right)
      }
      page.place(mine, x: 0, y: top + 1, maxWidth: left)
      page.place(theirs, x: left + gap, y: top + 1, maxWidth: right)
      page.row = top + 1 + max(mine.height, theirs.height)
    } else {
      // Fitted, the reference comes first so that the first screen shows it; else the board.
      var panels = [
        (headingMine, noteMine, CellStyle(.dim), mine),
        (headingTheirs, noteTheirs, Self.noteStyle(fit?.reference), theirs),
      ]
      if fit != nil { panels.reverse() }
      for (index, (title, note, noteStyle, picture)) in panels.enumerated() {
        if index > 0 { page.blank() }
        page.line([(title, heading)])
        if fit != nil { page.line([(note ?? "", noteStyle)]) }
        page.place(picture, x: 0, y: page.row, maxWidth: width)
        page.row += picture.height
      }
    }
  }

  /// A note that says the drawing does not fit is a warning.
  static func noteStyle(_ fitted: ScreenFit?) -> CellStyle { CellStyle(fitted?.fits == false ? .warning : .dim) }

  /// The picture without its first `columns` columns (never all of them: the last one stays).
  static func panned(_ picture: Canvas, by columns: Int) -> Canvas {
    let shift = min(max(0, columns), max(0, picture.width - 1))
    guard shift > 0 else { return picture }
    var out = Canvas(width: picture.width - shift, height: picture.height)
    out.blit(picture, x: -shift, y: 0)
    // A wide character cut at the left edge leaves its right half; blank it.
    for row in 0..<out.height where out[0, row].isContinuation { out[0, row] = .blank }
    return out
  }

  /// A diagram drawn at its own size with some boxes and arrows in `role`.
  private func diagramCanvas(
    _ diagram: Diagram, charset: Charset, boxes: Set<String>, arrows: Set<Int>, role: StyleRole
  ) -> Canvas {
    guard diagram.bounds != nil else {
      var empty = Canvas(width: 13, height: 1)
      empty.put(text: "(empty board)", x: 0, y: 0, style: CellStyle(.dim))
      return empty
    }
    guard
      var canvas = TextRenderer.canvas(diagram, charset: charset, highlightBoxes: boxes, highlightArrows: arrows)
    else {
      let note = "(too large to draw)"
      var large = Canvas(width: note.count, height: 1)
      large.put(text: note, x: 0, y: 0, style: CellStyle(.dim))
      return large
    }
    // The painter marks highlights as "selected"; on this screen they mean missing or extra.
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let cell = canvas[x, y]
        if cell.style.role == .boxSelected || cell.style.role == .arrowSelected {
          canvas[x, y] = Cell(cell.text, style: CellStyle(role, bold: true))
        }
      }
    }
    return canvas
  }

  /// Every missing and extra component and flow, one per line.
  private func paintDiffLists(into page: inout PageWriter) {
    page.line([("Against the reference design", CellStyle(.panelTitle, bold: true))])
    let sections: [(String, [String], StyleRole, String)] = [
      ("Missing components", diff.missingComponents.map { name(ofKind: $0) }, .error, "-"),
      ("Missing flows", diff.missingFlows.map { name(of: $0) }, .error, "-"),
      ("Extra components", diff.extraComponents.map { name(ofKind: $0) }, .warning, "+"),
      ("Extra flows", diff.extraFlows.map { name(of: $0) }, .warning, "+"),
      ("Met by another kind the template accepts", diff.standInLines(catalogue: catalogue), .hint, "~"),
      ("Boxes of no known kind", diff.unrecognisedBoxes, .hint, "?"),
    ]
    for (title, items, role, mark) in sections where !items.isEmpty || title.hasPrefix("Missing") {
      page.line([("\(title) (\(items.count))" + (items.isEmpty ? ": none" : ""), CellStyle(.canvas, bold: true))])
      for item in items { page.wrapped(item, style: CellStyle(role), indent: 2, first: mark + " ") }
    }
  }

  private func stepLines() -> [(String, CellStyle)] {
    let names = Step.allCases.map { "\($0.number). \($0.title)" }
    let nameWidth = names.map(DisplayWidth.of).max() ?? 0
    var lines: [(String, CellStyle)] = []
    for (step, name) in zip(Step.allCases, names) {
      var text = name + String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
      let percent = "\(CheckReport.percent(report.score(for: step)))%"
      text += "  score " + String(repeating: " ", count: 4 - percent.count) + percent
      var style = CellStyle(.canvas)
      if let row = timeTable?.rows.first(where: { $0.step == step }) {
        let spent = PracticeFormat.clock(row.spentSeconds)
        let budget = PracticeFormat.clock(Double(row.budgetSeconds))
        text +=
          "   " + String(repeating: " ", count: max(0, 5 - spent.count)) + spent + " / "
          + String(repeating: " ", count: max(0, 5 - budget.count)) + budget
        if row.isOver {
          text += "  " + row.verdict
          style = CellStyle(.warning)
        }
      }
      lines.append((text, style))
    }
    return lines
  }

  private func paintFindings(into page: inout PageWriter) {
    let all = report.findings
    guard !all.isEmpty else {
      page.line([("No findings: every check passes.", CellStyle(.ok))])
      return
    }
    for step in Step.allCases {
      let here = all.filter { $0.step == step }
      guard !here.isEmpty else { continue }
      page.line([("\(step.number). \(step.title)", CellStyle(.canvas, bold: true))])
      for finding in here {
        let (mark, role): (String, StyleRole)
        switch finding.severity {
        case .error: (mark, role) = ("✗", .error)
        case .warning: (mark, role) = ("!", .warning)
        case .hint: (mark, role) = ("·", .hint)
        }
        page.wrapped(finding.message, style: CellStyle(role), indent: 2, first: mark + " ")
        if !finding.hint.isEmpty {
          page.wrapped(finding.hint, style: CellStyle(.dim), indent: 6, first: "→ ")
        }
      }
    }
  }

  static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: "; ") }
}

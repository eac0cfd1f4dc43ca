// Running `:` commands: saving, quitting, opening, templates, checks, exports and themes.

extension AppState {
  mutating func handleCommandLine(_ key: Key, field: TextField) {
    var field = field
    switch key {
    case .escape:
      mode = .normal
    case .enter:
      mode = .normal
      switch ColonCommand.parse(field.text) {
      case .success(let command): run(command)
      case .failure(let error): message = StatusMessage(error.message, tone: .error)
      }
    case .backspace where field.isEmpty:
      mode = .normal
    default:
      field.handle(key)
      mode = .command(field)
    }
  }

  mutating func run(_ command: ColonCommand) {
    switch command {
    case .write(let path?): save(named: path)
    case .write(nil): save()
    case .quit(let force): requestQuit(force: force)
    case .writeQuit: save(thenQuit: true)
    case .edit(let path, let force):
      if isDirty && !force {
        mode = .confirm(.discardAndOpen(path))
      } else {
        effects.append(.load(path: path))
      }
    case .template(let id): setTemplate(id)
    case .check:
      guard checklistVisible else { return checklistHidden() }
      showPanel = true
      panelTab = .checklist
      let score = CheckReport.percent(report.overallScore)
      // Hints stay out of the checklist and of f; the count says they exist, as `mlsd check` does,
      // and unread boxes are named so that K can be pressed on them.
      let unread = report.findings.filter { $0.rule == RuleID.kindUnread.rawValue }.flatMap(\.boxIDs)
        .compactMap { board.box($0).map { "'" + Sanitizer.visible($0.label) + "'" } }
      let hints =
        report.hintCount == 0
        ? ""
        : ", " + Counted.of(report.hintCount, "hint")
          + (unread.isEmpty ? "" : " (not recognised: \(unread.joined(separator: ", ")); K sets a kind)")
      message = StatusMessage(
        "Score \(score)%: \(Counted.of(report.errorCount, "error")), \(Counted.of(report.warningCount, "warning"))\(hints)",
        tone: report.errorCount == 0 ? .ok : .warning)
    case .exportReview(let path):
      exportReview(to: path)
    case .export(let format, let path):
      // The exported file names the boxes by id: from now on a rename keeps them.
      document.publishedIDs.formUnion(board.boxes.map(\.id))
      effects.append(.export(board, format: format, path: path))
    case .theme(let name): setTheme(name)
    case .layout(let direction): autoLayout(direction)
    case .help:
      showHelp = true
      helpScroll = 0
    case .title(let text): edit { $0.title = text }
    case .hints: toggleHints()
    case .done: finishPractice()
    case .ask: askFollowUp()
    case .skip: skipFollowUp()
    case .practice: explainPractice()
    }
  }

  /// `:practice`: a timed session is started from the shell (`mlsd practice`), on this board's
  /// file and case study when it has them; the line says what to run.
  mutating func explainPractice() {
    if practicePhase != nil {
      message = StatusMessage("A practice session is open: :done ends it and opens the review")
      return
    }
    let template = board.template.map { "-t \($0)" } ?? "-t TEMPLATE"
    // Quoted for the shell when it holds anything but plain path characters, so the line pastes.
    let file =
      filePath.map { path in
        let shown = Sanitizer.visible(path)
        let plain = shown.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,:@".contains($0) }
        return " " + (plain ? shown : "'" + shown.replacingOccurrences(of: "'", with: "'\\''") + "'")
      } ?? ""
    let first =
      filePath == nil
      ? "save the board (:w FILE) to practise on it, or run" : isDirty ? "save (:w), quit and run" : "quit and run"
    let templates = board.template == nil ? " (mlsd templates lists the case studies)" : ""
    message = StatusMessage(
      "A practice session is timed from the start, so it opens from the shell: \(first) "
        + "mlsd practice \(template)\(file)\(templates)")
  }

  mutating func setTemplate(_ id: String?) {
    guard let id else {
      let ids = library.templates.map(\.id).joined(separator: ", ")
      message = StatusMessage("Template: \(board.template ?? "none"). Available: \(ids)")
      return
    }
    if id == "none" {
      edit { $0.template = nil }
      message = StatusMessage("The board now follows no template")
      return
    }
    guard let chosen = library.template(id) else {
      var text = "Unknown template '\(Sanitizer.visible(id))'"
      if let guess = Suggest.nearest(id, among: library.templates.map(\.id)) { text += " (did you mean '\(guess)'?)" }
      message = StatusMessage(text, tone: .error)
      return
    }
    edit { board in
      // An untitled board takes the case study's title with it.
      if board.title == "Untitled design" || board.title.isEmpty { board.title = chosen.title }
      board.template = chosen.id
    }
    message = StatusMessage("Checking against \(chosen.title): score \(CheckReport.percent(report.overallScore))%")
  }

  mutating func setTheme(_ name: String?) {
    let names = library.themes.map(\.name) + (library.theme("monochrome") == nil ? ["monochrome"] : [])
    guard let name else {
      message = StatusMessage("Theme: \(theme.name). Available: \(names.joined(separator: ", "))")
      return
    }
    if let found = library.theme(name) {
      theme = found
    } else if name == "monochrome" {
      theme = .monochrome
    } else {
      var text = "Unknown theme '\(Sanitizer.visible(name))'"
      if let guess = Suggest.nearest(name, among: names) { text += " (did you mean '\(guess)'?)" }
      message = StatusMessage(text + ". Themes: \(names.joined(separator: ", "))", tone: .error)
      return
    }
    message = StatusMessage("Theme \(theme.name)", tone: .ok)
  }
}

// The first screen of a practice session: the interviewer's prompt and the time each step may
// take, shown before the clock starts. The reference design and the checklist are not on it.

public struct PracticeBriefing: Sendable {
  public let template: Template
  public let budget: PracticeBudget
  public let hints: Bool

  public init(template: Template, minutes: Int, hints: Bool = false) {
    self.template = template
    budget = PracticeBudget(template: template, minutes: minutes)
    self.hints = hints
  }

  /// The briefing for a session that has begun (its budget and hints setting).
  public init(session: PracticeSession, template: Template) {
    self.template = template
    budget = session.budget
    hints = session.hintsShown
  }

  /// The briefing drawn at `width`×`height`. When it is taller, it is written again without its
  /// blank lines; what still does not fit is cut at the bottom, the prompt coming first because
  /// it is what the candidate must read.
  public func view(width: Int, height: Int, charset: Charset = .unicode) -> Canvas {
    var page = self.page(width: width, charset: charset, blankLines: true)
    if page.height > height { page = self.page(width: width, charset: charset, blankLines: false) }
    var screen = Canvas(width: width, height: height)
    screen.blit(page, x: 0, y: 0)
    return screen
  }

  private func page(width: Int, charset: Charset, blankLines: Bool) -> Canvas {
    var page = PageWriter(width: max(1, width), ascii: charset == .ascii)
    page.wrapped("Practice: " + template.title, style: CellStyle(.panelTitle, bold: true))
    page.line([
      (
        "\(PracticeFormat.minutes(Double(budget.totalSeconds))) minutes · \(template.difficulty.rawValue)",
        CellStyle(.dim)
      )
    ])
    if blankLines { page.blank() }
    // The prompt is written with hard line breaks; its paragraphs are re-wrapped to the screen.
    var paragraphs: [[Substring]] = [[]]
    for line in template.prompt.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        if !(paragraphs.last ?? []).isEmpty { paragraphs.append([]) }
      } else {
        paragraphs[paragraphs.count - 1].append(line)
      }
    }
    for (index, paragraph) in paragraphs.filter({ !$0.isEmpty }).enumerated() {
      if index > 0, blankLines { page.blank() }
      page.wrapped(paragraph.joined(separator: " "), style: CellStyle(.canvas))
    }
    if blankLines { page.blank() }
    page.line([("Time per step", CellStyle(.panelTitle, bold: true))])
    let names = Step.allCases.map { "\($0.number). \($0.title)" }
    let nameWidth = names.map(DisplayWidth.of).max() ?? 0
    for (step, name) in zip(Step.allCases, names) {
      let padded = name + String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
      page.line([("  " + padded + "  " + PracticeFormat.clock(Double(budget[step])), CellStyle(.canvas))])
    }
    if blankLines { page.blank() }
    page.wrapped(
      "The clock starts when you press a key. Notes opened or a box drawn move the step clock to its step. The reference design stays hidden; "
        + (hints ? "the checklist is on (:hints hides it)." : "so does the checklist (:hints shows it).")
        + " :done ends the session and opens the review.",
      style: CellStyle(.dim))
    return page.canvas
  }
}

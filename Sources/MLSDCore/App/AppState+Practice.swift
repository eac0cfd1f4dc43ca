// The timed practice session inside the app (`mlsd practice`): the briefing until a key starts
// the clock, drawing with the step clock on the status line, then the review screen. The times
// come from the app clock (`now`, moved by ticks), so the session is as testable as the editor.
import Foundation

extension AppState {
  /// Puts the app into a practice session on its briefing screen; `date` is the calendar date at
  /// the app clock's current `now` and dates the session when its clock starts.
  public mutating func startPractice(_ practice: PracticeMode, date: Date) {
    self.practice = practice
    dateOrigin = (date, now)
    mode = .normal
    showHelp = false
    panelTab = .steps
    currentStep = .requirements
  }

  /// Whether the live checklist and the score may be shown: always outside practice, during it
  /// only with hints on, and in the review.
  public var checklistVisible: Bool { practice?.showsChecklist ?? true }

  /// The panel tabs that may be shown now (the checklist is hidden while practising).
  public var visibleTabs: [PanelTab] {
    PanelTab.allCases.filter { $0 != .checklist || checklistVisible }
  }

  /// The practice phase, nil outside practice.
  public var practicePhase: PracticeMode.Phase? { practice?.phase }

  /// The calendar date now, derived from the date the app was given and the app clock.
  var practiceDate: Date {
    guard let origin = dateOrigin else { return Date(timeIntervalSince1970: 0) }
    return origin.date.addingTimeInterval(now - origin.at)
  }

  /// Keys while the briefing is shown: any key starts the clock.
  mutating func handleBriefingKey(_ key: Key) {
    beginPractice()
  }

  mutating func beginPractice() {
    guard var session = practice, session.phase == .briefing else { return }
    session.begin(at: now, date: practiceDate)
    practice = session
    self.session.notesStep = session.session.currentStep
    interviewer = Interviewer(
      bank: library.followUps(for: session.template), limit: session.followUpLimit,
      pauseSeconds: session.pauseSeconds, now: now)
    currentStep = .requirements
    message = StatusMessage(
      "The clock is running. 1-7 open a step's notes, a box drawn moves the clock to its step, :done ends", tone: .ok)
    // The interviewer's questions, asked at step changes and pauses, come with the clock.
  }

  /// A tick of the app clock during practice: the session's clocks move, new warnings show once,
  /// and time up ends the session.
  mutating func tickPractice() {
    guard var session = practice, let status = session.tick(at: now) else { return }
    practice = session
    if !status.newWarnings.isEmpty {
      message = StatusMessage(status.newWarnings.joined(separator: " · "), tone: .warning)
    }
    if status.isTimeUp { finishPractice(timeUp: true) }
  }

  /// The candidate opened a step's notes: the step clock moves to it.
  mutating func focusPractice(_ step: Step) {
    guard var session = practice else { return }
    // The interviewer follows the notes opened, not the clock, which drawing moves too.
    let before = self.session.notesStep ?? session.session.currentStep
    session.focus(step, at: now)
    practice = session
    if session.phase == .drawing { self.session.notesStep = step }
    if session.phase == .drawing && step != before { interviewer?.stepDidChange() }
  }

  mutating func toggleHints() {
    guard var session = practice else {
      message = StatusMessage(":hints works in a practice session (mlsd practice); the checklist is the t tab")
      return
    }
    guard session.phase != .review else {
      message = StatusMessage("The session is over: the review shows everything")
      return
    }
    session.toggleHints()
    practice = session
    if !checklistVisible && panelTab == .checklist { panelTab = .steps }
    message = StatusMessage(checklistVisible ? "Checklist shown (t switches to it)" : "Checklist hidden", tone: .ok)
  }

  /// `:done` or time up: unfinished notes are kept, the session is reviewed against the board,
  /// and the record goes to the history.
  mutating func finishPractice(timeUp: Bool = false) {
    guard var session = practice else {
      message = StatusMessage(":done ends a practice session (mlsd practice)")
      return
    }
    guard session.phase != .review else {
      message = StatusMessage("The session is already over")
      return
    }
    if case .notes(let step, let area) = mode { edit { $0.notes[step] = area.text } }
    mode = .normal
    drag = nil
    showHelp = false
    _ = self.session.interviewer?.checkAnswers(document.board.notes)
    let bank = interviewer?.bank ?? library.followUps(for: session.template)
    if let record = session.finish(
      board: board, catalogue: library.catalogue, at: now, bank: bank, asked: interviewer?.asked ?? [])
    {
      effects.append(.recordPractice(record))
    }
    practice = session
    self.session.reviewFit = nil
    self.session.reviewFits = [:]
    self.session.reviewNumber += 1
    measureReview()
    message = StatusMessage(
      (timeUp ? "Time is up. " : "Session over. ") + "↑↓ PgUp PgDn scroll, ←→ pan, :export review FILE, q quits",
      tone: timeUp ? .warning : .ok)
  }

  /// Keys on the review screen: scrolling and panning; `:` and q as in normal mode.
  mutating func handleReviewKey(_ key: Key) {
    guard var session = practice else { return }
    let page = max(1, screenHeight - 3)
    switch key {
    case .up, .char("k"): session.reviewScroll = max(0, session.reviewScroll - 1)
    case .down, .char("j"): session.reviewScroll = min(reviewMaxScroll, session.reviewScroll + 1)
    case .pageUp: session.reviewScroll = max(0, session.reviewScroll - page)
    case .pageDown, .char(" "): session.reviewScroll = min(reviewMaxScroll, session.reviewScroll + page)
    case .home, .char("g"):
      session.reviewScroll = 0
      session.reviewPan = 0
    case .end, .char("G"): session.reviewScroll = reviewMaxScroll
    case .left, .char("h"): session.reviewPan = max(0, session.reviewPan - 8)
    case .right, .char("l"): session.reviewPan += 8
    default:
      switch KeyMap.table.command(for: key, in: .review) {
      case .commandLine?: mode = .command(TextField())
      case .quit?: requestQuit(force: false)
      case .save?: save()
      case .help?:
        showHelp = true
        helpScroll = 0
      case .redraw?: effects.append(.redraw)
      default:
        message = StatusMessage("Review: ↑↓ PgUp PgDn scroll, ←→ pan, :export review FILE, :w saves the board, q quits")
      }
      return
    }
    practice = session
  }

  /// How many screen sizes' review fits are kept at most.
  static let keptReviewFits = 16

  /// The last useful scroll position of the review page.
  var reviewMaxScroll: Int { max(0, reviewPageHeight - (screenHeight - 1)) }

  /// Fits the review's diagrams to the screen and measures the page at its width (once per
  /// finish and screen size: it is costly; `reviewFits` keeps the sizes already seen). When the
  /// runner fits off the main loop (`fitsInBackground`), a size not seen before is asked for
  /// (`pendingReviewFit`) and the page shows the diagrams at their own size until it arrives.
  mutating func measureReview() {
    guard let review = practice?.review else { return }
    let key = ReviewFitKey(width: screenWidth, height: screenHeight - 1, ascii: ascii)
    if let kept = session.reviewFits[key] {
      session.reviewFitWanted = nil
      session.reviewFit = kept.fit
      reviewPageHeight = kept.pageHeight
    } else if view.fitsInBackground {
      session.reviewFitWanted = key
      session.reviewFit = nil
      reviewPageHeight = review.page(width: key.width, charset: ascii ? .ascii : .unicode, fitting: true).height
    } else {
      keep(ReviewFitRequest(review: review, key: key, number: session.reviewNumber).make())
    }
    clampReviewScroll()
  }

  /// Whether the review's diagrams are being fitted to this screen off the main loop.
  var reviewFitPending: Bool { session.reviewFitWanted != nil && practicePhase == .review }

  /// The review's fit wanted now, for the runner to make on another thread; nil when none is wanted.
  public var pendingReviewFit: ReviewFitRequest? {
    guard view.fitsInBackground, let key = session.reviewFitWanted, let review = practice?.review,
      practicePhase == .review
    else { return nil }
    return ReviewFitRequest(review: review, key: key, number: session.reviewNumber)
  }

  /// A review fit made off the main loop: kept for its screen size, and shown when the screen is
  /// still that size; dropped when it was made for an earlier review.
  public mutating func receiveReviewFit(_ fitted: FittedReview) {
    guard fitted.number == session.reviewNumber, practice?.review != nil else { return }
    let current = ReviewFitKey(width: screenWidth, height: screenHeight - 1, ascii: ascii)
    if fitted.key == current {
      keep(fitted)
      session.reviewFitWanted = nil
      clampReviewScroll()
    } else {
      remember(fitted)
    }
  }

  /// Shows a review fit made for the current screen and keeps it for this size.
  private mutating func keep(_ fitted: FittedReview) {
    session.reviewFit = fitted.fit
    reviewPageHeight = fitted.pageHeight
    remember(fitted)
  }

  /// Keeps a review fit for its screen size; past `keptReviewFits` sizes the memo starts afresh.
  private mutating func remember(_ fitted: FittedReview) {
    if session.reviewFits.count >= Self.keptReviewFits { session.reviewFits = [:] }
    session.reviewFits[fitted.key] = (fitted.fit, fitted.pageHeight)
  }

  private mutating func clampReviewScroll() {
    if var session = practice, session.reviewScroll > reviewMaxScroll {
      session.reviewScroll = reviewMaxScroll
      practice = session
    }
  }

  /// Mouse during practice: a click dismisses the briefing; the wheel scrolls the review.
  mutating func handlePracticeMouse(_ event: MouseEvent) -> Bool {
    switch practicePhase {
    case .briefing?:
      if event.kind == .press { beginPractice() }
      return true
    case .review?:
      switch event.kind {
      case .wheelUp: handleReviewKey(.up)
      case .wheelDown: handleReviewKey(.down)
      default: break
      }
      return true
    default:
      return false
    }
  }

  /// `:export review FILE`: the review as Markdown.
  mutating func exportReview(to path: String) {
    guard let review = practice?.review else {
      message = StatusMessage(
        practice == nil
          ? ":export review works after a practice session (mlsd practice)"
          : "The review exists once the session is over (:done)",
        tone: .warning)
      return
    }
    effects.append(.writeText(review.markdown(charset: ascii ? .ascii : .unicode), path: path, what: "the review"))
  }

  /// Why the checklist cannot be shown now, for keys and commands that would show it.
  mutating func checklistHidden() {
    message = StatusMessage("The checklist is hidden while you practise (:hints shows it)", tone: .warning)
  }
}

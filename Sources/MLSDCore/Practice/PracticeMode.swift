// The whole practice session as the app holds it: the briefing, then drawing against the clock,
// then the review. Pure transitions, so the app's reducer only forwards events and the times.
import Foundation

public struct PracticeMode: Sendable {
  public enum Phase: Equatable, Sendable {
    /// The prompt and the step budgets are shown; the clock has not started.
    case briefing
    /// The candidate draws; the session's clocks run.
    case drawing
    /// The session is over and its review is shown.
    case review
  }

  public let template: Template
  /// Length of the session in minutes.
  public let minutes: Int
  /// The interviewer's limits: questions asked unprompted, and the pause before one is asked.
  public let followUpLimit: Int
  public let pauseSeconds: Double
  public private(set) var phase: Phase = .briefing
  /// The session; its clock starts when the briefing is dismissed.
  public private(set) var session: PracticeSession
  /// Set once the session is over.
  public private(set) var review: PracticeReview?
  /// Rows scrolled down and columns panned right on the review screen.
  public var reviewScroll = 0
  public var reviewPan = 0

  public init(
    template: Template, minutes: Int, hints: Bool, now: Double, date: Date,
    followUpLimit: Int = Interviewer.defaultLimit, pauseSeconds: Double = Interviewer.defaultPauseSeconds
  ) {
    self.template = template
    self.minutes = minutes
    self.followUpLimit = followUpLimit
    self.pauseSeconds = pauseSeconds
    session = PracticeSession(template: template, minutes: minutes, startedAt: now, date: date, hints: hints)
  }

  /// What the briefing screen shows.
  public var briefing: PracticeBriefing { PracticeBriefing(session: session, template: template) }

  /// Whether the app may show the template's checklist; the reference design is never shown
  /// before the review.
  public var showsChecklist: Bool { session.hintsShown || phase == .review }

  /// The briefing is dismissed: the clock starts now, on the step the candidate begins with.
  public mutating func begin(at time: Double, date: Date, step: Step = .requirements) {
    guard phase == .briefing else { return }
    session = PracticeSession(
      template: template, minutes: minutes, startedAt: time, date: date,
      hints: session.hintsShown, firstStep: step)
    phase = .drawing
  }

  /// The candidate opened a step's notes.
  public mutating func focus(_ step: Step, at time: Double) {
    guard phase == .drawing else { return }
    session.enterStep(step, at: time)
  }

  /// `:hints`: the checklist on or off.
  public mutating func toggleHints() { session.hintsShown.toggle() }

  /// The status line and new warnings; nil outside the drawing phase.
  public mutating func tick(at time: Double) -> PracticeStatus? {
    guard phase == .drawing else { return nil }
    return session.tick(at: time)
  }

  /// Time up or `:done`: the session ends and is reviewed against `board`. Returns the history
  /// record for the app to append (PracticeHistory.append), once; nil when already finished.
  /// `bank` and `asked` are the follow-ups of the session, for the review.
  public mutating func finish(
    board: Board, catalogue: Catalogue, at time: Double, bank: FollowUpBank? = nil, asked: [AskedFollowUp] = []
  ) -> PracticeRecord? {
    guard phase != .review else { return nil }
    if phase == .briefing {
      // Ended before it began: nothing was timed, so there is nothing to record.
      session.finish(at: session.startedAt)
      review = PracticeReview(
        session: session, board: board, template: template, catalogue: catalogue, bank: bank, asked: asked)
      phase = .review
      return nil
    }
    session.finish(at: time)
    let done = PracticeReview(
      session: session, board: board, template: template, catalogue: catalogue, bank: bank, asked: asked)
    review = done
    phase = .review
    reviewScroll = 0
    reviewPan = 0
    return PracticeRecord(review: done)
  }
}

// The interviewer of a practice session: at a step change, or when the candidate has paused
// (no key or mouse input for `pauseSeconds` on the app clock), it asks one follow-up whose trigger
// holds, the weakest area first (FollowUpBank.next), at most `limit` in a session. A question
// stays open until the notes of its step answer it or the candidate skips it; while one is open
// no other is asked unprompted. Pure: the app passes the times, the board and the report in, so
// the same inputs always give the same questions.

public struct Interviewer: Sendable {
  public static let defaultLimit = 3
  public static let defaultPauseSeconds = 30.0

  public let bank: FollowUpBank
  /// Questions asked unprompted at most (`:ask` does not count).
  public let limit: Int
  public let pauseSeconds: Double
  /// Every question asked, in order.
  public private(set) var asked: [AskedFollowUp] = []
  /// App-clock time of the candidate's last key or mouse input.
  private var lastInput: Double
  /// The input time whose pause has been used to ask (one question per pause).
  private var pauseUsed: Double?
  private var stepChanged = false
  private var unprompted = 0
  /// The notes the answers were last checked against.
  private var checkedNotes = StepNotes()

  public init(
    bank: FollowUpBank, limit: Int = Interviewer.defaultLimit, pauseSeconds: Double = defaultPauseSeconds, now: Double
  ) {
    self.bank = bank
    self.limit = max(0, limit)
    self.pauseSeconds = pauseSeconds
    lastInput = now
  }

  /// Questions neither answered nor skipped, oldest first.
  public var open: [AskedFollowUp] { asked.filter(\.isOpen) }

  /// The question the answer and skip keys act on: the latest open one.
  public var current: FollowUp? { open.last.flatMap { bank.followUp($0.id) } }

  /// How many questions may still be asked unprompted.
  public var remaining: Int { max(0, limit - unprompted) }

  public mutating func input(at time: Double) { lastInput = max(lastInput, time) }

  /// The candidate moved to another step. A move while a question is open (most often to its
  /// step, to answer it) brings no new question.
  public mutating func stepDidChange() {
    if open.isEmpty { stepChanged = true }
  }

  /// Asks one question when a step change or a pause calls for it; returns it.
  public mutating func tick(
    at time: Double, board: Board, report: CheckReport, catalogue: Catalogue, spent: [Step: Double]
  )
    -> FollowUp?
  {
    let paused = time - lastInput >= pauseSeconds && pauseUsed != lastInput
    let due = stepChanged || paused
    stepChanged = false
    guard due else { return nil }
    if paused { pauseUsed = lastInput }
    // Silent until there is something to ask about, and while a question waits for its answer.
    guard remaining > 0, open.isEmpty, !board.boxes.isEmpty || !board.notes.isEmpty else { return nil }
    guard let next = nextQuestion(board: board, report: report, catalogue: catalogue, spent: spent) else {
      return nil
    }
    asked.append(AskedFollowUp(id: next.id, askedAt: time))
    unprompted += 1
    return next
  }

  /// `:ask`: the next question now, whatever the limit and the open ones; nil when none applies.
  public mutating func ask(
    at time: Double, board: Board, report: CheckReport, catalogue: Catalogue, spent: [Step: Double]?
  )
    -> FollowUp?
  {
    guard let next = nextQuestion(board: board, report: report, catalogue: catalogue, spent: spent) else {
      return nil
    }
    asked.append(AskedFollowUp(id: next.id, askedAt: time))
    return next
  }

  /// Sets the current question aside; returns it.
  public mutating func skip() -> FollowUp? {
    guard let index = asked.lastIndex(where: \.isOpen) else { return nil }
    asked[index].skipped = true
    return bank.followUp(asked[index].id)
  }

  /// Marks the open questions the notes now answer; returns those newly answered. Cheap when the
  /// notes have not changed since the last call.
  public mutating func checkAnswers(_ notes: StepNotes) -> [FollowUp] {
    guard notes != checkedNotes else { return [] }
    checkedNotes = notes
    var answered: [FollowUp] = []
    let matchers = FollowUpAnswer.matchers(notes)
    for index in asked.indices where asked[index].isOpen {
      guard let followUp = bank.followUp(asked[index].id) else { continue }
      if FollowUpAnswer(followUp, matchers: matchers).isAnswered {
        asked[index].answered = true
        answered.append(followUp)
      }
    }
    return answered
  }

  private func nextQuestion(board: Board, report: CheckReport, catalogue: Catalogue, spent: [Step: Double]?)
    -> FollowUp?
  {
    let context = FollowUpContext(
      board: board, catalogue: catalogue, spent: spent, templateKinds: bank.templateKinds, report: report)
    return bank.next(
      in: context, scores: FollowUpContext.stepScores(report), excluding: Set(asked.map(\.id)))
  }
}

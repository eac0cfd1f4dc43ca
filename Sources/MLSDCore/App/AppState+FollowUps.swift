// The interviewer inside the app: follow-up questions asked at step changes and pauses of a
// practice session, `:ask` for one on demand (also outside practice, with no clock), `A` to
// answer the current one in its step's notes, `S` or `:skip` to set it aside, and the check that
// marks a question answered once its step's notes mention enough of its key ideas.

extension AppState {
  /// The interviewer of this board, made on first use outside practice (no unprompted questions).
  var interviewerOrNew: Interviewer {
    interviewer
      ?? Interviewer(bank: library.followUps(for: practice?.template ?? template), limit: 0, now: now)
  }

  /// Seconds spent per step in a running practice session; nil without one (no clock).
  var practiceSpent: [Step: Double]? {
    guard let practice, practice.phase == .drawing else { return nil }
    return Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, practice.session.spent(on: $0, at: now)) })
  }

  /// Each tick: open questions the notes now answer are marked; in a practice session a step
  /// change or a pause may bring a new question.
  mutating func tickFollowUps() {
    guard var asking = interviewer else { return }
    let answered = asking.checkAnswers(board.notes)
    var question: FollowUp?
    // Only on the board: a question asked while the notes editor is open would sit under it, and
    // its keys (A, S) would be typed into the notes. A step change or pause waits until Esc.
    if let spent = practiceSpent, mode == .normal {
      question = asking.tick(at: now, board: board, report: report, catalogue: library.catalogue, spent: spent)
    }
    interviewer = asking
    if let question {
      message = StatusMessage(
        "The interviewer asks about step \(question.step.number) (\(question.step.shortTitle)): "
          + "A answers in its notes, S skips",
        tone: .warning)
    } else if let first = answered.first {
      message = StatusMessage(
        "Follow-up answered in the notes of step \(first.step.number): \(first.question)", tone: .ok)
    }
  }

  /// `:ask`: the next follow-up whose trigger holds, weakest area first.
  mutating func askFollowUp() {
    if practice?.phase == .review {
      message = StatusMessage("The session is over: the review lists its follow-up questions")
      return
    }
    var asking = interviewerOrNew
    _ = asking.checkAnswers(board.notes)
    guard
      let question = asking.ask(
        at: now, board: board, report: report, catalogue: library.catalogue, spent: practiceSpent)
    else {
      interviewer = asking
      message = StatusMessage(
        "No follow-up applies now: each that the board triggers was asked or is answered by the notes already",
        tone: .ok)
      return
    }
    interviewer = asking
    message = StatusMessage(
      "Follow-up on step \(question.step.number) (\(question.step.shortTitle)): A answers in its notes, S skips",
      tone: .warning)
  }

  /// `A`: the notes of the current question's step, to answer it.
  mutating func answerFollowUp() {
    guard let question = interviewer?.current else {
      message = StatusMessage("No open follow-up question (:ask asks one)")
      return
    }
    let step = question.step
    focusPractice(step)
    currentStep = step
    panelTab = .steps
    mode = .notes(step, TextArea(board.notes[step]))
  }

  /// `S` or `:skip`: the current question is set aside (the review still lists it).
  mutating func skipFollowUp() {
    guard var asking = interviewer, let question = asking.skip() else {
      message = StatusMessage("No open follow-up question to skip")
      return
    }
    interviewer = asking
    message = StatusMessage("Skipped the follow-up on step \(question.step.number); the review lists it", tone: .ok)
  }

  /// On leaving a step's notes with the open follow-up on that step: whether the notes now answer
  /// it, at once (the key ideas stay unnamed: naming them would answer the question for the user).
  mutating func sayWhetherTheFollowUpIsAnswered(_ step: Step) {
    guard var asking = interviewer, let question = asking.current, question.step == step else { return }
    let answer = FollowUpAnswer(question, allNotes: board.notes)
    if answer.isAnswered {
      _ = asking.checkAnswers(board.notes)
      interviewer = asking
      message = StatusMessage("Follow-up answered in the notes of step \(step.number): \(question.question)", tone: .ok)
    } else {
      message = StatusMessage(
        "The follow-up is not answered yet: \(answer.found.count) of the \(question.needed) key ideas it needs "
          + "are in the notes of step \(step.number) (A reopens them, S skips)", tone: .warning)
    }
  }
}

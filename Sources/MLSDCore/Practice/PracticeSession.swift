// A timed mock interview as a value: which step the candidate is on, how long each step took
// against its budget, and when time is up. Times are seconds on one monotonic scale, passed in
// by the caller, so the session never reads a clock itself.
import Foundation

public struct PracticeSession: Hashable, Sendable {
  public let templateID: String
  public let templateTitle: String
  public let budget: PracticeBudget
  /// Seconds on the caller's monotonic scale when the session began.
  public let startedAt: Double
  /// When the session began, for the review and the history.
  public let date: Date
  /// Whether the checklist of the template is shown (off by default: it gives answers away).
  public var hintsShown: Bool
  public private(set) var currentStep: Step
  /// Seconds spent on each step so far.
  public private(set) var spent: [Step: Double]
  /// Seconds at which the session was finished, if it was.
  public private(set) var finishedAt: Double?
  /// The time up to which `spent` is counted.
  private var countedUntil: Double
  /// Warnings already given, so each is given once.
  private var warned: Set<String> = []

  public init(
    template: Template, minutes: Int, startedAt: Double, date: Date, hints: Bool = false,
    firstStep: Step = .requirements
  ) {
    templateID = template.id
    templateTitle = template.title
    budget = PracticeBudget(template: template, minutes: minutes)
    self.startedAt = startedAt
    self.date = date
    hintsShown = hints
    currentStep = firstStep
    spent = [:]
    countedUntil = startedAt
  }

  public var isFinished: Bool { finishedAt != nil }

  /// Seconds since the start, stopped at the finish.
  public func elapsed(at time: Double) -> Double { max(0, min(time, finishedAt ?? time) - startedAt) }

  /// Seconds left of the whole session (negative once overrun).
  public func remaining(at time: Double) -> Double { Double(budget.totalSeconds) - elapsed(at: time) }

  public func isTimeUp(at time: Double) -> Bool { remaining(at: time) <= 0 }

  /// Seconds spent on one step, counting the running step up to `time`.
  public func spent(on step: Step, at time: Double) -> Double {
    var seconds = spent[step] ?? 0
    if step == currentStep && finishedAt == nil { seconds += max(0, time - countedUntil) }
    return seconds
  }

  /// The candidate moved to a step (by opening its notes): the time so far goes to the step they
  /// leave. Moving back to an earlier step is allowed; its clock resumes.
  public mutating func enterStep(_ step: Step, at time: Double) {
    guard finishedAt == nil else { return }
    count(until: time)
    currentStep = step
  }

  /// Brings the clocks up to `time` and says what the status line shows and which warnings are
  /// new since the last tick.
  public mutating func tick(at time: Double) -> PracticeStatus {
    count(until: time)
    var warnings: [String] = []
    let step = currentStep
    let over = isOver(step, at: time)
    if over, finishedAt == nil, warned.insert("step:\(step.rawValue)").inserted {
      warnings.append(overrunWarning(step, at: time))
    }
    let timeUp = isTimeUp(at: time)
    if timeUp, finishedAt == nil, warned.insert("time-up").inserted {
      warnings.append(
        "Time is up: \(PracticeFormat.minutes(Double(budget.totalSeconds))) minutes. :done opens the review.")
    }
    return PracticeStatus(
      text: statusText(at: time), step: step, overBudget: over, isTimeUp: timeUp, newWarnings: warnings)
  }

  /// Ends the session at `time`; later events change nothing.
  public mutating func finish(at time: Double) {
    guard finishedAt == nil else { return }
    count(until: time)
    finishedAt = max(time, startedAt)
  }

  /// Whether a step has taken longer than its budget.
  public func isOver(_ step: Step, at time: Double) -> Bool {
    spent(on: step, at: time) > Double(budget[step])
  }

  /// "Data: 9/8 min — over budget" ("Serving: 0:54/0:53 — over budget" for a budget that is not
  /// whole minutes).
  public func overrunWarning(_ step: Step, at time: Double) -> String {
    "\(step.shortTitle): \(PracticeFormat.stepTime(spent: spent(on: step, at: time), budget: budget[step]))"
      + " — over budget"
  }

  /// The status line: the overall clock, then the current step with its budget, e.g.
  /// "Practice 12:40/45:00 · 3/7 Data 2/8 min" or "... · Data: 9/8 min — over budget".
  public func statusText(at time: Double) -> String {
    let overall =
      "Practice \(PracticeFormat.clock(elapsed(at: time)))/\(PracticeFormat.clock(Double(budget.totalSeconds)))"
    if finishedAt != nil { return overall + " · finished" }
    let step = currentStep
    var text = overall + " · \(step.number)/\(Step.allCases.count) "
    if isOver(step, at: time) {
      text += overrunWarning(step, at: time)
    } else {
      text += "\(step.shortTitle) \(PracticeFormat.stepTime(spent: spent(on: step, at: time), budget: budget[step]))"
    }
    if isTimeUp(at: time) { text += " · time is up" }
    return text
  }

  /// Budget against time spent, per step, as of `time` (or the finish).
  public func timeTable(at time: Double) -> PracticeTimeTable {
    PracticeTimeTable(
      rows: Step.allCases.map {
        PracticeTimeTable.Row(step: $0, budgetSeconds: budget[$0], spentSeconds: spent(on: $0, at: time))
      })
  }

  /// The time table of a finished session (up to its finish).
  public var finalTimeTable: PracticeTimeTable { timeTable(at: finishedAt ?? countedUntil) }

  private mutating func count(until time: Double) {
    guard finishedAt == nil, time > countedUntil else { return }
    spent[currentStep, default: 0] += time - countedUntil
    countedUntil = time
  }
}

/// What one tick of the session tells the app.
public struct PracticeStatus: Hashable, Sendable {
  /// The status line text.
  public var text: String
  public var step: Step
  /// The current step has used up its budget (the app may colour the status line).
  public var overBudget: Bool
  public var isTimeUp: Bool
  /// Warnings to show once, such as "Data: 9/8 min — over budget".
  public var newWarnings: [String]
}

// One finished practice session as the history file keeps it: when, which template, the score,
// per step the seconds spent, the seconds budgeted and the step's score, and (since the rubric
// came) the rubric's score per dimension and the follow-ups asked and answered. Lines written
// before the rubric have neither and still load.
import Foundation

public struct PracticeRecord: Hashable, Sendable {
  public struct StepResult: Hashable, Sendable {
    public var spentSeconds: Int
    public var budgetSeconds: Int
    /// The step's score, 0...100.
    public var score: Int

    public init(spentSeconds: Int, budgetSeconds: Int, score: Int) {
      self.spentSeconds = spentSeconds
      self.budgetSeconds = budgetSeconds
      self.score = score
    }
  }

  /// The format version written in each line; lines of other versions are skipped with a warning.
  public static let version = 1

  public var date: Date
  public var templateID: String
  /// The overall score, 0...100.
  public var score: Int
  public var steps: [Step: StepResult]
  /// Rubric points (0...3) per dimension; empty for sessions recorded before the rubric.
  public var rubric: [RubricDimension: Int]
  /// Follow-up questions listed in the review and how many the notes answered; nil before.
  public var followUps: (asked: Int, answered: Int)? {
    get { followUpCounts.map { ($0.asked, $0.answered) } }
    set { followUpCounts = newValue.map { FollowUpCounts(asked: $0.asked, answered: $0.answered) } }
  }
  private var followUpCounts: FollowUpCounts?

  public init(
    date: Date, templateID: String, score: Int, steps: [Step: StepResult], rubric: [RubricDimension: Int] = [:],
    followUps: (asked: Int, answered: Int)? = nil
  ) {
    self.date = date
    self.templateID = templateID
    self.score = score
    self.steps = steps
    self.rubric = rubric
    followUpCounts = followUps.map { FollowUpCounts(asked: $0.asked, answered: $0.answered) }
  }

  /// The record of a reviewed session; nil when the review was not of a timed session.
  public init?(review: PracticeReview) {
    guard let table = review.timeTable, let date = review.date else { return nil }
    var steps: [Step: StepResult] = [:]
    for row in table.rows {
      steps[row.step] = StepResult(
        spentSeconds: Int(row.spentSeconds.rounded()), budgetSeconds: row.budgetSeconds,
        score: CheckReport.percent(review.report.score(for: row.step)))
    }
    self.init(
      date: date, templateID: review.template.id, score: review.score, steps: steps,
      rubric: review.rubric.byDimension,
      followUps: (review.followUps.count, review.followUps.filter(\.isAnswered).count))
  }

  /// The record as one line of JSON, keys sorted, without the trailing newline:
  /// {"budget":{"data":480,...},"date":"2026-11-23T19:05:00Z","score":72,"scores":{"data":60,...},
  ///  "spent":{"data":570,...},"template":"ad-click-prediction","version":1}, plus
  ///  "rubric":{"framing":2,...} and "followups":{"answered":1,"asked":3} when the record has them.
  public func jsonLine() -> String {
    var spent: [String: Int] = [:]
    var budget: [String: Int] = [:]
    var scores: [String: Int] = [:]
    for (step, result) in steps {
      spent[step.rawValue] = result.spentSeconds
      budget[step.rawValue] = result.budgetSeconds
      scores[step.rawValue] = result.score
    }
    var rubricPoints: [String: Int]?
    if !rubric.isEmpty {
      rubricPoints = Dictionary(uniqueKeysWithValues: rubric.map { ($0.key.rawValue, $0.value) })
    }
    let line = Line(
      version: Self.version, date: PracticeFormat.iso(date), template: templateID, score: score, spent: spent,
      budget: budget, scores: scores, rubric: rubricPoints, followups: followUpCounts)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(line), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }

  /// Reads one line of the history file; the error says what is wrong with it.
  public static func parse(_ text: String) throws -> PracticeRecord {
    let line: Line
    do {
      line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
    } catch {
      throw RecordError(message: "not a practice record (invalid JSON or a missing field)")
    }
    guard line.version == version else {
      throw RecordError(message: "format version \(line.version) is not one this mlsd reads (\(version))")
    }
    guard let date = PracticeFormat.parseISO(line.date) else {
      throw RecordError(message: "bad date '\(Sanitizer.visible(line.date))'")
    }
    guard (0...100).contains(line.score) else { throw RecordError(message: "score \(line.score) is not 0...100") }
    guard !line.template.isEmpty else { throw RecordError(message: "no template id") }
    var steps: [Step: StepResult] = [:]
    for step in Step.allCases {
      guard let spent = line.spent[step.rawValue] else { continue }
      let result = StepResult(
        spentSeconds: spent, budgetSeconds: line.budget[step.rawValue] ?? 0, score: line.scores[step.rawValue] ?? 0)
      guard result.spentSeconds >= 0, result.budgetSeconds >= 0, (0...100).contains(result.score) else {
        throw RecordError(message: "impossible numbers for step '\(step.rawValue)'")
      }
      steps[step] = result
    }
    var rubric: [RubricDimension: Int] = [:]
    for (key, points) in line.rubric ?? [:] {
      // A dimension this version does not know (from a newer mlsd) is left out.
      guard let dimension = RubricDimension(rawValue: key) else { continue }
      guard (0...3).contains(points) else {
        throw RecordError(message: "rubric score \(points) for '\(Sanitizer.visible(key))' is not 0...3")
      }
      rubric[dimension] = points
    }
    if let counts = line.followups, counts.asked < 0 || counts.answered < 0 || counts.answered > counts.asked {
      throw RecordError(message: "impossible follow-up counts")
    }
    var record = PracticeRecord(date: date, templateID: line.template, score: line.score, steps: steps, rubric: rubric)
    record.followUpCounts = line.followups
    return record
  }

  private struct FollowUpCounts: Codable, Hashable, Sendable {
    var asked: Int
    var answered: Int
  }

  /// Why a history line could not be read.
  public struct RecordError: Error, Hashable, Sendable {
    public var message: String
  }

  /// The line as JSON sees it.
  private struct Line: Codable {
    var version: Int
    var date: String
    var template: String
    var score: Int
    var spent: [String: Int]
    var budget: [String: Int]
    var scores: [String: Int]
    var rubric: [String: Int]?
    var followups: FollowUpCounts?
  }
}

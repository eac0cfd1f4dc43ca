// One finished practice session as the history file keeps it: when, which template, the score,
// and per step the seconds spent, the seconds budgeted and the step's score.
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

  public init(date: Date, templateID: String, score: Int, steps: [Step: StepResult]) {
    self.date = date
    self.templateID = templateID
    self.score = score
    self.steps = steps
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
    self.init(date: date, templateID: review.template.id, score: review.score, steps: steps)
  }

  /// The record as one line of JSON, keys sorted, without the trailing newline:
  /// {"budget":{"data":480,...},"date":"2026-11-23T19:05:00Z","score":72,"scores":{"data":60,...},
  ///  "spent":{"data":570,...},"template":"ad-click-prediction","version":1}
  public func jsonLine() -> String {
    var spent: [String: Int] = [:]
    var budget: [String: Int] = [:]
    var scores: [String: Int] = [:]
    for (step, result) in steps {
      spent[step.rawValue] = result.spentSeconds
      budget[step.rawValue] = result.budgetSeconds
      scores[step.rawValue] = result.score
    }
    let line = Line(
      version: Self.version, date: PracticeFormat.iso(date), template: templateID, score: score, spent: spent,
      budget: budget, scores: scores)
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
    return PracticeRecord(date: date, templateID: line.template, score: line.score, steps: steps)
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
  }
}

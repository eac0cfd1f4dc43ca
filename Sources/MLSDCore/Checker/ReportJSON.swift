// The check report as JSON with a documented, stable schema (docs/CHECKER.md, "JSON").
import Foundation

public enum ReportJSON {
  struct Document: Encodable {
    var schema = "mlsd-check"
    var version = 1
    var file: String
    var title: String
    /// `null` when the board names no template: the key is always there.
    var template: NullOr<String>
    var score: Int
    var passed: Bool
    var counts: [String: Int]
    var steps: [StepEntry]
    var findings: [FindingEntry]
    var boxes: [BoxEntry]
    var arrows: [ArrowEntry]
  }
  struct BoxEntry: Encodable {
    var id: String
    var label: String
    var kinds: [EvidenceEntry]
    var guesses: [EvidenceEntry]
  }
  struct EvidenceEntry: Encodable {
    var kind: String
    var score: Int
    var reasons: [String]
  }
  struct ArrowEntry: Encodable {
    var index: Int
    var from: String
    var to: String
    var kind: String
    var phrase: String
  }
  struct StepEntry: Encodable {
    var step: String
    var number: Int
    var title: String
    var score: Int
  }
  struct FindingEntry: Encodable {
    var rule: String
    var severity: String
    var step: String
    var message: String
    var hint: String
    var boxes: [String]
  }

  /// An optional value that JSON holds as `null` when it is missing (the synthesised encoding
  /// leaves the key out).
  struct NullOr<Value: Encodable>: Encodable {
    var value: Value?
    init(_ value: Value?) { self.value = value }
    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      if let value { try container.encode(value) } else { try container.encodeNil() }
    }
  }

  static func entry(_ evidence: KindEvidence) -> EvidenceEntry {
    EvidenceEntry(kind: evidence.kind, score: evidence.score, reasons: evidence.reasons)
  }

  public static func encode(_ report: CheckReport, board: Board, file: String, strict: Bool) -> String {
    let document = Document(
      file: file, title: board.title, template: NullOr(board.template),
      score: CheckReport.percent(report.overallScore), passed: report.passes(strict: strict),
      counts: ["error": report.errorCount, "warning": report.warningCount, "hint": report.hintCount],
      steps: Step.allCases.map {
        StepEntry(
          step: $0.rawValue, number: $0.number, title: $0.title, score: CheckReport.percent(report.score(for: $0)))
      },
      findings: report.findings.map {
        FindingEntry(
          rule: $0.rule, severity: $0.severity.rawValue, step: $0.step.rawValue, message: $0.message, hint: $0.hint,
          boxes: $0.boxIDs)
      },
      boxes: report.reading.boxes.map { box in
        BoxEntry(
          id: box.boxID, label: box.label, kinds: box.counted.map(entry), guesses: box.guesses.map(entry))
      },
      arrows: report.reading.arrows.map {
        ArrowEntry(
          index: $0.arrow, from: board.arrows[$0.arrow].from, to: board.arrows[$0.arrow].to, kind: $0.kind,
          phrase: $0.phrase)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}

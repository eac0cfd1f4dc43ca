// The labelled note snippets of Fixtures/corpus/notes: each runs through the checker, and a
// snippet counts as flagged when its rule's check fails. Precision and recall treat "flag" as the
// positive class.
import Foundation
import XCTest

@testable import MLSDCore

struct NotesCorpusSnippet {
  var id: String
  var expectFlag: Bool
  var why: String
  var notes: StepNotes
}

struct NotesCorpusFile {
  var rule: String
  var snippets: [NotesCorpusSnippet]

  static let names = ["leakage", "offline-metric", "online-metric"]

  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/corpus/notes")
  }

  static func load(_ name: String) throws -> NotesCorpusFile {
    let path = folder.appendingPathComponent(name + ".yaml")
    let text = try String(contentsOf: path, encoding: .utf8)
    let root = try YAMLValue.parse(text, source: YAMLSource(name: path.lastPathComponent)).mapping()
    let rule = try root.required("rule", in: "a corpus file").string()
    var snippets: [NotesCorpusSnippet] = []
    for item in try root.required("snippets", in: "a corpus file").list() {
      let fields = try item.mapping()
      try fields.allowOnly(["id", "expect", "why", "notes"], in: "a snippet")
      let expect = try fields.required("expect", in: "a snippet").string()
      guard expect == "pass" || expect == "flag" else { throw item.error("expect must be pass or flag") }
      var notes = StepNotes()
      for entry in try fields.required("notes", in: "a snippet").mapping().entries {
        guard let step = Step(rawValue: entry.key) else { throw entry.keyValue.error("unknown step") }
        notes[step] = try entry.value.string()
      }
      snippets.append(
        NotesCorpusSnippet(
          id: try fields.required("id", in: "a snippet").string(), expectFlag: expect == "flag",
          why: try fields.optionalString("why") ?? "", notes: notes))
    }
    return NotesCorpusFile(rule: rule, snippets: snippets)
  }

  /// Which phrasing class the rule read in the notes, and in which sentence.
  static func explain(_ rule: String, on notes: StepNotes) -> String {
    switch rule {
    case "pitfall.leakage":
      switch LeakageRule.read(ReadNotes(notes).sentences(LeakageRule.steps)) {
      case .mistake(_, let sentence, let cue, _), .correct(let sentence, let cue):
        return "read \(cue) in \"\(sentence.text)\""
      case .untimedSplit(let sentence): return "read a split with no word of time in \"\(sentence.text)\""
      case .groupSplitOverTime(let sentence):
        return "read a split by group of events over time in \"\(sentence.text)\""
      case .silent: return "read nothing about splits or feature timing"
      }
    case "pitfall.no-offline-metric":
      switch MetricRules.readOffline(ReadNotes(notes), template: nil) {
      case .named(let cue, let sentence): return "read \(cue) in \"\(sentence.text)\""
      case .accuracyWhereRare(let accuracy, let rarity): return "accuracy in \"\(accuracy.text)\", rare: \(rarity)"
      case .accuracyOnRanking(let accuracy): return "accuracy on a ranking task in \"\(accuracy.text)\""
      case .none: return "read no offline metric"
      }
    default:
      switch MetricRules.readOnline(ReadNotes(notes)) {
      case .named(let cue, let sentence): return "read \(cue) in \"\(sentence.text)\""
      case .none: return "read no online metric"
      }
    }
  }

  /// The rule's check on a board holding only the snippet's notes; nil when the rule stays quiet.
  static func check(_ rule: String, on notes: StepNotes) -> Check? {
    let board = Board(title: "snippet", notes: notes)
    return Checker.check(board, template: nil, catalogue: Fixtures.library.catalogue).checks.first { $0.rule == rule }
  }
}

/// One rule's confusion counts over its snippets.
struct NotesCorpusScore {
  var rule: String
  var snippets = 0
  var expectedFlags = 0
  var flagged = 0
  var truePositives = 0
  var misses: [(snippet: NotesCorpusSnippet, explanation: String)] = []

  var expectedPasses: Int { snippets - expectedFlags }
  var precision: Double { flagged == 0 ? 1 : Double(truePositives) / Double(flagged) }
  var recall: Double { expectedFlags == 0 ? 1 : Double(truePositives) / Double(expectedFlags) }

  init(_ file: NotesCorpusFile) {
    rule = file.rule
    for snippet in file.snippets {
      let check = NotesCorpusFile.check(file.rule, on: snippet.notes)
      let flags = check.map { !$0.passed } ?? false
      snippets += 1
      if snippet.expectFlag { expectedFlags += 1 }
      if flags { flagged += 1 }
      if flags && snippet.expectFlag { truePositives += 1 }
      if flags != snippet.expectFlag { misses.append((snippet, NotesCorpusFile.explain(file.rule, on: snippet.notes))) }
    }
  }

  /// The table the script prints.
  static func table(_ scores: [NotesCorpusScore]) -> [String] {
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
    var lines = [
      pad("rule", 28) + pad("snippets", 10) + pad("pass", 6) + pad("flag", 6) + pad("flagged", 9) + pad("precision", 11)
        + "recall"
    ]
    for score in scores {
      lines.append(
        pad(score.rule, 28) + pad("\(score.snippets)", 10) + pad("\(score.expectedPasses)", 6)
          + pad("\(score.expectedFlags)", 6) + pad("\(score.flagged)", 9) + pad(ratio(score.precision), 11)
          + ratio(score.recall))
    }
    for score in scores where !score.misses.isEmpty {
      lines.append("")
      lines.append("misses for \(score.rule):")
      for miss in score.misses {
        let wanted = miss.snippet.expectFlag ? "flag" : "pass"
        lines.append("  \(miss.snippet.id) (expected \(wanted): \(miss.snippet.why)): \(miss.explanation)")
      }
    }
    return lines
  }
}

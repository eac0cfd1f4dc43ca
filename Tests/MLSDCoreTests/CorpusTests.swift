// The checker on designs nobody on the team wrote to its vocabulary: the Mermaid files of
// Fixtures/corpus/designs (public write-ups and candidate-style answers, each box labelled by hand
// with its kind). The goal: every complete design accepted, every required component removed in
// turn reported by name. The test holds the checker to the floor in Fixtures/corpus/expected.txt
// (what it reaches today, never less) and prints the table; `scripts/corpus` shows it.
import Foundation
import XCTest

@testable import MLSDCore

/// One design of the corpus, with its hand labels.
struct CorpusDesign {
  var file: String
  var template: String
  var text: String
  /// Kinds per Mermaid node id (the main kind, then any `also:`); "-" for no catalogue kind.
  var kinds: [String: [String]]
  /// Kinds the source shows no box for (`absent:` lines), with the source's reason: the checker is
  /// right to flag them, so those findings are counted as true, not as false alarms.
  var absent: [String: String] = [:]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/corpus/designs")

  static func all() throws -> [CorpusDesign] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mmd") }
      .sorted()
    return try names.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      var design = CorpusDesign(file: name, template: "", text: text, kinds: [:])
      for line in text.split(separator: "\n") where line.hasPrefix("%%") {
        let words = line.dropFirst(2).split(separator: " ").map(String.init)
        guard let key = words.first else { continue }
        switch key {
        case "template:": design.template = words.count > 1 ? words[1] : ""
        case "kind:" where words.count > 2: design.kinds[words[1], default: []].insert(words[2], at: 0)
        case "also:" where words.count > 2: design.kinds[words[1], default: []].append(words[2])
        case "absent:" where words.count > 2: design.absent[words[1]] = words[2...].joined(separator: " ")
        default: break
        }
      }
      return design
    }
  }

  /// The board an import gives, and the hand-labelled kinds by box id.
  func board(_ catalogue: Catalogue) throws -> (Board, [String: Set<String>]) {
    let imported = try MermaidImporter.read(text, name: file, title: file, catalogue: catalogue)
    var board = imported.board
    board.template = template
    var gold: [String: Set<String>] = [:]
    for (node, kinds) in self.kinds {
      gold[MermaidImporter.validID(node, fallback: "node")] = Set(kinds.filter { $0 != "-" })
    }
    return (board, gold)
  }
}

extension CorpusDesign {
  /// Whether an error is about a kind the source shows no box for: a missing component or flow that
  /// names it, the monitoring pitfall where monitoring is what the source leaves out, or the
  /// feedback-loop pitfall where the prediction log is and no labelling box is drawn.
  func explains(_ finding: Finding, catalogue: Catalogue) -> Bool {
    !absentReason(finding, catalogue).isEmpty
  }

  /// The source's reason for leaving out the kind an error is about; empty when it is about none.
  func absentReason(_ finding: Finding, _ catalogue: Catalogue) -> String {
    for (kind, reason) in absent.sorted(by: { $0.key < $1.key }) {
      let name = catalogue.kind(kind)?.name ?? kind
      switch finding.rule {
      case RuleID.componentRequired.rawValue, RuleID.flowRequired.rawValue:
        if finding.message.contains(name) { return reason }
      case RuleID.pitfallNoMonitoring.rawValue where kind == "monitoring": return reason
      // The loop is closed by logged predictions or by labels; with no labelling box drawn, the
      // missing piece is the prediction log the source leaves out.
      case RuleID.pitfallNoFeedbackLoop.rawValue where kind == "prediction-logging":
        if !kinds.values.contains(where: { $0.contains("labelling") }) { return reason }
      default: continue
      }
    }
    return ""
  }
}

/// What the corpus measures.
struct CorpusTable {
  var designs = 0
  var accepted: [String] = []
  /// file → the diagram errors of a complete design.
  var rejected: [String: [String]] = [:]
  /// "file: error" for each error about a kind the design's source leaves out (true findings).
  var trueFindings: [String] = []
  var removals = 0
  /// "file: kind" of each removal the checker did not report by name.
  var missedRemovals: [String] = []
  var truePositives = 0
  var falsePositives: [String] = []
  var falseNegatives: [String] = []

  /// Rules about the drawing; the notes rules do not apply to an import, which has no notes.
  static let diagramRules: Set<String> = ["notes.missing", "notes.thin"]

  var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives.count)) }
  var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives.count)) }

  static func measure(_ designs: [CorpusDesign], library: Library) throws -> CorpusTable {
    var table = CorpusTable()
    let catalogue = library.catalogue
    for design in designs {
      guard let template = library.template(design.template) else {
        table.rejected[design.file] = ["unknown template '\(design.template)'"]
        continue
      }
      table.designs += 1
      let (board, gold) = try design.board(catalogue)
      let report = Checker.check(board, template: template, catalogue: catalogue)
      let found = report.findings.filter { $0.severity == .error && !diagramRules.contains($0.rule) }
      let explained = found.filter { design.explains($0, catalogue: catalogue) }
      table.trueFindings += explained.map { "\(design.file): \($0.message) (\(design.absentReason($0, catalogue)))" }
      let errors = found.filter { !design.explains($0, catalogue: catalogue) }
      if errors.isEmpty {
        table.accepted.append(design.file)
      } else {
        table.rejected[design.file] = errors.map(\.message)
      }

      for (box, reading) in zip(board.boxes, report.reading.boxes) {
        let wanted = gold[box.id] ?? []
        let found = reading.kinds
        table.truePositives += wanted.intersection(found).count
        for kind in found.subtracting(wanted).sorted() {
          table.falsePositives.append("\(design.file): '\(box.label)' read as \(kind)")
        }
        for kind in wanted.subtracting(found).sorted() {
          table.falseNegatives.append("\(design.file): '\(box.label)' not read as \(kind)")
        }
      }

      // Each required component, removed with every box and arrow that stands for it.
      for requirement in template.required where Set(requirement.anyOf).isDisjoint(with: design.absent.keys) {
        let wanted = Set(requirement.anyOf)
        var removed = board
        for (box, reading) in zip(board.boxes, report.reading.boxes)
        where !(gold[box.id] ?? []).isDisjoint(with: wanted) || !reading.kinds.isDisjoint(with: wanted) {
          removed.removeBox(box.id)
        }
        let carried = Set(report.reading.arrows.filter { wanted.contains($0.kind) }.map(\.arrow))
        if !carried.isEmpty {
          let kept = board.arrows.enumerated().filter { !carried.contains($0.offset) }.map(\.element)
          removed.arrows = removed.arrows.filter { arrow in kept.contains(arrow) }
        }
        table.removals += 1
        let name = requirement.anyOf.map { catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
        let after = Checker.check(removed, template: template, catalogue: catalogue)
        if !after.findings.contains(where: {
          $0.rule == "component.required" && $0.message.hasPrefix("missing component: \(name)")
        }) {
          table.missedRemovals.append("\(design.file): \(name)")
          if ProcessInfo.processInfo.environment["MLSD_CORPUS_DEBUG"] != nil {
            for box in after.reading.boxes where !box.kinds.isDisjoint(with: wanted) {
              print(
                "corpus| debug \(design.file) \(name): '\(box.label)' \(box.counted.map { "\($0.kind) \($0.reasons)" })"
              )
            }
          }
        }
      }
    }
    return table
  }

  var lines: [String] {
    var out = [
      "corpus designs                 \(designs)",
      "complete designs accepted      \(accepted.count) of \(designs)",
      "true findings (source omits)   \(trueFindings.count) on \(Set(trueFindings.map { $0.prefix { $0 != ":" } }).count) designs",
      "removals reported by name      \(removals - missedRemovals.count) of \(removals)",
      String(
        format: "label reading precision        %.4f (%d of %d kinds read)", precision, truePositives,
        truePositives + falsePositives.count),
      String(
        format: "label reading recall           %.4f (%d of %d hand-labelled kinds)", recall, truePositives,
        truePositives + falseNegatives.count),
    ]
    for (file, errors) in rejected.sorted(by: { $0.key < $1.key }) {
      out.append("rejected \(file)")
      out += errors.map { "  \($0)" }
    }
    out += trueFindings.map { "source omits: \($0)" }
    out += missedRemovals.map { "removal not reported: \($0)" }
    out += falsePositives.map { "extra: \($0)" }
    out += falseNegatives.map { "missed: \($0)" }
    return out
  }
}

final class CorpusTests: XCTestCase {
  func testTheCorpusTable() throws {
    let designs = try CorpusDesign.all()
    XCTAssertGreaterThanOrEqual(designs.count, 30, "the corpus holds at least 30 designs")
    let table = try CorpusTable.measure(designs, library: Fixtures.library)
    for line in table.lines { print("corpus| \(line)") }
    let expected = try CorpusExpectation.load()
    for file in expected.accepted {
      XCTAssertNil(table.rejected[file], "\(file) was accepted and is now rejected: \(table.rejected[file] ?? [])")
    }
    for miss in table.missedRemovals where !expected.removalMisses.contains(miss) {
      XCTFail("removal not reported by name: \(miss)")
    }
    XCTAssertGreaterThanOrEqual(table.precision, expected.precisionFloor, "label reading precision")
    XCTAssertGreaterThanOrEqual(table.recall, expected.recallFloor, "label reading recall")
  }

  /// The feedback-loop error is the source's omission only when the prediction log is what it
  /// leaves out and no labelling box could have closed the loop instead.
  func testTheFeedbackLoopErrorIsTrueOnlyWhenTheLogIsAbsentAndNoLabellingIsDrawn() {
    let catalogue = Fixtures.library.catalogue
    let loop = Finding(
      Check(
        rule: .pitfallNoFeedbackLoop, step: .monitoring, title: "loop", passed: false, severity: .error,
        message: "logged predictions and user feedback never reach training", hint: ""))
    var design = CorpusDesign(
      file: "x.mmd", template: "generic-ml-pipeline", text: "", kinds: ["a": ["training-pipeline"]],
      absent: ["prediction-logging": "no log"])
    XCTAssertTrue(design.explains(loop, catalogue: catalogue))
    design.kinds["b"] = ["labelling"]
    XCTAssertFalse(design.explains(loop, catalogue: catalogue), "a labelling box drawn could close the loop")
    design.kinds["b"] = nil
    design.absent = ["monitoring": "none shown"]
    XCTAssertFalse(design.explains(loop, catalogue: catalogue), "monitoring is not what closes the loop")
  }

  /// Every design names a template the library knows and labels every node with a known kind.
  func testEveryDesignIsLabelled() throws {
    let catalogue = Fixtures.library.catalogue
    for design in try CorpusDesign.all() {
      XCTAssertNotNil(Fixtures.library.template(design.template), design.file)
      let (board, gold) = try design.board(catalogue)
      for box in board.boxes {
        XCTAssertNotNil(gold[box.id], "\(design.file): box '\(box.id)' has no kind line")
        for kind in gold[box.id] ?? [] { XCTAssertNotNil(catalogue.kind(kind), "\(design.file): unknown kind \(kind)") }
      }
      // A kind the source leaves out is a known kind that no box of the design is labelled with.
      for (kind, reason) in design.absent {
        XCTAssertNotNil(catalogue.kind(kind), "\(design.file): unknown absent kind \(kind)")
        XCTAssertFalse(reason.isEmpty, "\(design.file): absent \(kind) gives no reason")
        XCTAssertFalse(gold.values.contains { $0.contains(kind) }, "\(design.file): a box is labelled \(kind)")
      }
    }
  }
}

/// Fixtures/corpus/expected.txt: the floor the corpus table must stay above.
struct CorpusExpectation {
  var accepted: [String] = []
  var removalMisses: Set<String> = []
  var precisionFloor = 1.0
  var recallFloor = 1.0

  static func load() throws -> CorpusExpectation {
    let url = CorpusDesign.folder.deletingLastPathComponent().appendingPathComponent("expected.txt")
    var expected = CorpusExpectation()
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
      guard let space = line.firstIndex(of: " ") else { continue }
      let key = line[..<space]
      let value = String(line[line.index(after: space)...])
      switch key {
      case "accepted": expected.accepted.append(value)
      case "removal-miss": expected.removalMisses.insert(value)
      case "precision-floor": expected.precisionFloor = Double(value) ?? 1
      case "recall-floor": expected.recallFloor = Double(value) ?? 1
      default: XCTFail("expected.txt: unknown line '\(line)'")
      }
    }
    return expected
  }
}

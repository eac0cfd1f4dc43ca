// A step's score must not fall because another step got notes. The notes rules that read several
// steps (the leakage rule, filed under data; the metric rules, filed under evaluation) apply on
// every board with the same weight, notes or none, and an offline passage of one step's notes ends
// there. Found by a tester: good requirements notes alone took Data from 71% to 62% and
// Evaluation from 33% to 20%, since the split and metric warnings appeared once any notes existed.
import XCTest

@testable import MLSDCore

final class NotesScoreMonotonyTests: XCTestCase {
  let library = Fixtures.library

  /// Every template's reference design, with no notes, the notes of one step, all but one step's,
  /// and all: adding the notes of a step to none or to all the others never lowers the score of
  /// another step.
  func testAddingNotesToAStepNeverLowersAnotherStepsScore() {
    for template in library.templates {
      // The reference as written: the checker reads no positions, so no layout is needed.
      let reference = template.reference
      let written = Step.allCases.filter { !reference.notes[$0].isEmpty }
      guard !written.isEmpty else { continue }
      var memo = KindMemo()
      func scores(_ steps: Set<Step>) -> [Step: Double] {
        var board = reference
        board.notes = StepNotes(Dictionary(uniqueKeysWithValues: steps.map { ($0, reference.notes[$0]) }))
        let report = Checker.check(board, template: template, catalogue: library.catalogue, memo: &memo)
        return FollowUpContext.stepScores(report)
      }
      let all = Set(written)
      let none = scores([]), full = scores(all)
      for added in written {
        let alone = scores([added]), allBut = scores(all.subtracting([added]))
        for step in Step.allCases where step != added {
          XCTAssertGreaterThanOrEqual(
            alone[step] ?? 1, (none[step] ?? 1) - 1e-9,
            "\(template.id): the \(added) notes alone lower \(step) from \(none[step] ?? 1) to \(alone[step] ?? 1)")
          XCTAssertGreaterThanOrEqual(
            full[step] ?? 1, (allBut[step] ?? 1) - 1e-9,
            "\(template.id): adding the \(added) notes to the others lowers \(step) from \(allBut[step] ?? 1) to \(full[step] ?? 1)"
          )
        }
      }
    }
  }

  /// The tester's case as behaviour: good requirements notes leave the data and evaluation scores
  /// where they were with no notes at all.
  func testRequirementsNotesLeaveDataAndEvaluationScores() throws {
    let template = try XCTUnwrap(library.template("youtube-video-search"))
    var board = template.reference
    board.notes = StepNotes()
    let before = Checker.check(board, template: template, catalogue: library.catalogue)
    board.notes[.requirements] =
      "Goal: more watch time from search. Latency p99 under 200 ms, because users expect instant results."
    let after = Checker.check(board, template: template, catalogue: library.catalogue)
    for step in [Step.data, .evaluation] {
      XCTAssertEqual(after.score(for: step), before.score(for: step), "\(step)")
    }
  }

  /// The split and metric checks are made with no notes at all: silence is their finding.
  func testSilenceIsAFindingWithoutAnyNotes() throws {
    let template = try XCTUnwrap(library.template("youtube-video-search"))
    let report = Checker.check(Board(title: "T"), template: template, catalogue: library.catalogue)
    let failed = Set(report.checks.filter { !$0.passed }.map(\.rule))
    let rules = [RuleID.pitfallLeakage, .pitfallNoOfflineMetric, .pitfallNoOnlineMetric].map(\.rawValue)
    XCTAssertTrue(failed.isSuperset(of: rules), "\(failed)")
  }

  /// An offline passage of one step's notes ends with them: it does not hide the online metric the
  /// monitoring notes name, whatever the evaluation or serving notes end with.
  func testServingNotesDoNotHideAMonitoringOnlineMetric() {
    let monitoring = "Dashboards track CTR per day and alert on a drop."
    let without = MetricRules.readOnline(
      ReadNotes(StepNotes([.evaluation: "Offline: nDCG@10 on a held-out week.", .monitoring: monitoring])))
    let with = MetricRules.readOnline(
      ReadNotes(
        StepNotes([
          .evaluation: "Offline: nDCG@10 on a held-out week.", .serving: "Scores are precomputed offline nightly.",
          .monitoring: monitoring,
        ])))
    guard case .named = without else { return XCTFail("\(without)") }
    guard case .named = with else { return XCTFail("\(with)") }
  }
}

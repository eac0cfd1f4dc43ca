// The end of a practice session: the candidate's board against the template's reference design
// (what is missing and extra), the checker's findings and score, the time spent per step, the
// follow-up questions with the evidence the notes give, and the rubric.
import Foundation

public struct PracticeReview: Sendable {
  public let template: Template
  /// The candidate's board.
  public let board: Board
  /// The template's reference design.
  public let reference: Board
  public let diff: ReferenceDiff
  public let report: CheckReport
  /// Time per step; nil when the review is of a board that was not drawn in a timed session.
  public let timeTable: PracticeTimeTable?
  /// Both boards routed once, for the review screen and the report alike.
  public let boardDiagram: Diagram
  public let referenceDiagram: Diagram
  /// When the session began; nil for an untimed review.
  public let date: Date?
  /// Whether the candidate had the checklist on during the session.
  public let hintsShown: Bool
  /// The follow-ups asked in the session, in the order asked; when none was asked (and in a
  /// review without a session), every follow-up the board triggers.
  public let followUps: [FollowUpResult]
  public let rubric: Rubric
  let catalogue: Catalogue

  /// A review of a finished (or abandoned) session; pass nil for a board reviewed without a session.
  /// `bank` is every follow-up of the template (its own only when nil), `asked` those the
  /// interviewer asked.
  public init(
    session: PracticeSession?, board: Board, template: Template, catalogue: Catalogue, bank: FollowUpBank? = nil,
    asked: [AskedFollowUp] = []
  ) {
    self.template = template
    self.board = board
    reference = template.referenceBoard()
    self.catalogue = catalogue
    diff = ReferenceDiff(board: board, reference: reference, template: template, catalogue: catalogue)
    report = Checker.check(board, template: template, catalogue: catalogue)
    timeTable = session?.finalTimeTable
    date = session?.date
    hintsShown = session?.hintsShown ?? false
    boardDiagram = Diagram(board: board)
    referenceDiagram = Diagram(board: reference)
    let bank = bank ?? FollowUpBank(template: template, shared: [])
    let spent = session.map { session in
      Dictionary(uniqueKeysWithValues: session.finalTimeTable.rows.map { ($0.step, $0.spentSeconds) })
    }
    let context = FollowUpContext(
      board: board, catalogue: catalogue, spent: spent, templateKinds: ProblemKind.stated(by: template),
      report: report)
    var results: [FollowUpResult] = asked.compactMap { question in
      bank.followUp(question.id).map {
        FollowUpResult(origin: question.skipped ? .skipped : .asked, answer: context.answer($0))
      }
    }
    if results.isEmpty {
      results = bank.triggered(in: context).map { FollowUpResult(origin: .triggered, answer: context.answer($0)) }
    }
    followUps = results
    rubric = Rubric(report: report, notes: board.notes, followUps: results)
  }

  /// The heading of the per-step table: a timed session's has the time per step, an untimed
  /// review's only the score.
  public var stepTableTitle: String { timeTable == nil ? "Score by step" : "Time and score by step" }

  /// The overall score as a whole percentage.
  public var score: Int { CheckReport.percent(report.overallScore) }

  /// A component kind's name as people read it ("Model registry").
  public func name(ofKind id: String) -> String { catalogue.kind(id)?.name ?? id }

  /// "Model registry → Ranking service"
  public func name(of flow: ReferenceDiff.KindFlow) -> String {
    "\(name(ofKind: flow.from)) → \(name(ofKind: flow.to))"
  }

  /// Reference boxes that stand for a component the candidate left out.
  public var missingReferenceBoxes: Set<String> {
    let missing = Set(diff.missingComponents)
    let kinds = diff.referenceKinds
    return Set(reference.boxes.map(\.id).filter { kinds[$0].map(missing.contains) ?? false })
  }

  /// Indices of reference arrows that carry a flow the candidate's board lacks.
  public var missingReferenceArrows: Set<Int> {
    arrows(of: reference, kinds: diff.referenceKinds, among: Set(diff.missingFlows))
  }

  /// Boxes of the candidate's board whose kind the reference does not use.
  public var extraBoardBoxes: Set<String> {
    let extra = Set(diff.extraComponents)
    let kinds = diff.boardKinds
    return Set(board.boxes.map(\.id).filter { kinds[$0].map(extra.contains) ?? false })
  }

  /// Indices of the candidate's arrows that the reference has no path for.
  public var extraBoardArrows: Set<Int> {
    arrows(of: board, kinds: diff.boardKinds, among: Set(diff.extraFlows))
  }

  /// The findings of one step, most serious first.
  public func findings(for step: Step) -> [Finding] { report.findings.filter { $0.step == step } }

  /// `kinds`: the diff's reading of that board, so the marks say what the lists say.
  private func arrows(of board: Board, kinds: [String: String], among flows: Set<ReferenceDiff.KindFlow>) -> Set<Int> {
    var result: Set<Int> = []
    for (index, arrow) in board.arrows.enumerated() {
      guard let from = kinds[arrow.from], let to = kinds[arrow.to] else { continue }
      if flows.contains(ReferenceDiff.KindFlow(from: from, to: to)) { result.insert(index) }
    }
    return result
  }
}

// The follow-ups that can be asked on one template's board: the template's own, then those of the
// shared bank (a template's follow-up with the id of a shared one replaces it), and the rule that
// picks the next one to ask.

public struct FollowUpBank: Sendable {
  public let followUps: [FollowUp]
  /// The kinds of problem the template's framing states, for boards whose notes name none.
  public let templateKinds: Set<ProblemKind>?

  public init(followUps: [FollowUp], templateKinds: Set<ProblemKind>? = nil) {
    self.followUps = followUps
    self.templateKinds = templateKinds
  }

  public init(template: Template?, shared: [FollowUp]) {
    let own = template?.followUps ?? []
    let ids = Set(own.map(\.id))
    followUps = own + shared.filter { !ids.contains($0.id) }
    templateKinds = ProblemKind.stated(by: template)
  }

  public func followUp(_ id: String) -> FollowUp? { followUps.first { $0.id == id } }

  /// Follow-ups whose trigger holds, in bank order.
  public func triggered(in context: FollowUpContext) -> [FollowUp] {
    followUps.filter { context.triggers($0) }
  }

  /// The next follow-up to ask: one whose trigger holds, not in `excluded` (asked or skipped
  /// already) and not answered by the notes yet; of those, the one about the weakest area first.
  /// Weakest is the step with the lowest checker score (the weighted share of its passed checks).
  /// Among equally weak steps the case study's own questions come before the shared ones, then the
  /// earlier step, then file order.
  public func next(in context: FollowUpContext, scores: [Step: Double], excluding excluded: Set<String>) -> FollowUp? {
    let candidates = followUps.enumerated().filter { _, followUp in
      !excluded.contains(followUp.id) && context.triggers(followUp) && !context.answer(followUp).isAnswered
    }
    return candidates.min { a, b in
      let left = (scores[a.element.step] ?? 1, a.element.shared ? 1 : 0, a.element.step.number, a.offset)
      let right = (scores[b.element.step] ?? 1, b.element.shared ? 1 : 0, b.element.step.number, b.offset)
      return left < right
    }?.element
  }
}

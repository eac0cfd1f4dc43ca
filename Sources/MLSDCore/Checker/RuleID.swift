// Every rule id the checker reports, in one list: a `Check` can only be made with one of these,
// and a test holds docs/CHECKER.md to naming each of them.

/// A checker rule's id, as reports, JSON and docs/CHECKER.md spell it.
public enum RuleID: String, CaseIterable, Sendable {
  case componentRequired = "component.required"
  case componentRecommended = "component.recommended"
  case flowRequired = "flow.required"
  case flowRecommended = "flow.recommended"
  case notesMissing = "notes.missing"
  case notesThin = "notes.thin"
  case graphDangling = "graph.dangling"
  case graphSelfLoop = "graph.self-loop"
  case graphIsolated = "graph.isolated"
  case graphDuplicateLabel = "graph.duplicate-label"
  case graphDuplicateArrow = "graph.duplicate-arrow"
  case graphClean = "graph.clean"
  case kindUnread = "kind.unread"
  case kindUnknown = "kind.unknown"
  case pitfallNoMonitoring = "pitfall.no-monitoring"
  case pitfallNoFeedbackLoop = "pitfall.no-feedback-loop"
  case pitfallFeaturesFromNowhere = "pitfall.features-from-nowhere"
  case pitfallTrainingServingSkew = "pitfall.training-serving-skew"
  case pitfallLeakage = "pitfall.leakage"
  case pitfallNoOfflineMetric = "pitfall.no-offline-metric"
  case pitfallNoOnlineMetric = "pitfall.no-online-metric"
}

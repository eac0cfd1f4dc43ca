// The dimensions a practice review scores, 0 to 3 each, as published ML system design rubrics
// do: one per part of the framework, and the communication of trade-offs across all of it.

public enum RubricDimension: String, CaseIterable, Codable, Sendable {
  case framing
  case data
  case modelling
  case evaluation
  case serving
  case monitoring
  case tradeoffs

  public var title: String {
    switch self {
    case .framing: "Problem framing"
    case .data: "Data and features"
    case .modelling: "Modelling"
    case .evaluation: "Evaluation"
    case .serving: "Deployment and serving"
    case .monitoring: "Monitoring"
    case .tradeoffs: "Communication of trade-offs"
    }
  }

  /// The framework steps the dimension is judged on.
  public var steps: [Step] {
    switch self {
    case .framing: [.requirements, .framing]
    case .data: [.data]
    case .modelling: [.model]
    case .evaluation: [.evaluation]
    case .serving: [.serving]
    case .monitoring: [.monitoring]
    case .tradeoffs: Step.allCases
    }
  }
}

// The seven steps of the ML system design interview framework; every board is organised around them.

/// One step of the interview framework, in the order an interview walks through them.
public enum Step: String, CaseIterable, Codable, Sendable, Comparable {
  case requirements
  case framing
  case data
  case model
  case evaluation
  case serving
  case monitoring

  /// 1-based position in the framework.
  public var number: Int { Step.allCases.firstIndex(of: self)! + 1 }

  /// The step's name as a person reads it.
  public var title: String {
    switch self {
    case .requirements: "Clarify requirements"
    case .framing: "Frame as an ML task"
    case .data: "Data preparation"
    case .model: "Model development"
    case .evaluation: "Evaluation"
    case .serving: "Deployment and serving"
    case .monitoring: "Monitoring and infrastructure"
    }
  }

  /// A one-word name for narrow places such as the status line.
  public var shortTitle: String {
    switch self {
    case .requirements: "Requirements"
    case .framing: "Framing"
    case .data: "Data"
    case .model: "Model"
    case .evaluation: "Evaluation"
    case .serving: "Serving"
    case .monitoring: "Monitoring"
    }
  }

  /// The step with a given 1-based number, if there is one.
  public init?(number: Int) {
    guard (1...Step.allCases.count).contains(number) else { return nil }
    self = Step.allCases[number - 1]
  }

  public static func < (lhs: Step, rhs: Step) -> Bool { lhs.number < rhs.number }
}

// Which engine ranks and orders the layered layout: mlsd's own, or Graphviz dot. The command
// line's --layout-engine picks one; otherwise MLSD_LAYOUT_ENGINE; otherwise the default.
import MLSDCore

public enum LayoutEngineChoice: String, Sendable, CaseIterable {
  case own
  case graphviz

  /// The environment variable that picks the engine when no option does.
  public static let variable = "MLSD_LAYOUT_ENGINE"

  /// The engine used when neither the option nor the environment names one: Graphviz, whose
  /// order crosses fewer arrows on the reference designs and the generated boards
  /// (Benchmarks/quality.sh) within the speed targets (its budget keeps big boards on mlsd's own).
  public static let standard = LayoutEngineChoice.graphviz

  /// The engine to hand to LayoutEngine, nil for mlsd's own.
  public var ordering: (any LayerOrdering)? {
    switch self {
    case .own: nil
    case .graphviz: GraphvizOrdering()
    }
  }

  /// The engine the environment names (the default when unset or empty); a clear error naming
  /// the variable when the value is not an engine.
  public static func from(environment: [String: String]) throws(ChoiceError) -> LayoutEngineChoice {
    guard let value = environment[variable], !value.isEmpty else { return standard }
    guard let choice = LayoutEngineChoice(rawValue: value.lowercased()) else {
      throw ChoiceError(value: value, source: variable)
    }
    return choice
  }

  /// A value that names no engine.
  public struct ChoiceError: Error, Sendable, CustomStringConvertible {
    public var value: String
    public var source: String
    public var description: String {
      let names = LayoutEngineChoice.allCases.map(\.rawValue).joined(separator: ", ")
      return "\(source): unknown layout engine '\(Sanitizer.visible(value))' (known: \(names))"
    }
  }
}

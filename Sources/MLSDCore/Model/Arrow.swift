// A directed connection between two boxes: data or requests flow from `from` to `to`.

/// How an arrow's line is drawn (kept so that imports and exports round-trip).
public enum ArrowStyle: String, Codable, Sendable, CaseIterable {
  case solid
  case dashed
  case thick
}

/// One arrow of the diagram.
public struct Arrow: Hashable, Codable, Sendable {
  /// Id of the box the arrow leaves.
  public var from: String
  /// Id of the box the arrow points at.
  public var to: String
  /// Optional text written along the arrow ("features", "logs").
  public var label: String?
  public var style: ArrowStyle

  public init(from: String, to: String, label: String? = nil, style: ArrowStyle = .solid) {
    self.from = from
    self.to = to
    self.label = label
    self.style = style
  }

  /// The same arrow pointing the other way.
  public var reversed: Arrow {
    Arrow(from: to, to: from, label: label, style: style)
  }
}

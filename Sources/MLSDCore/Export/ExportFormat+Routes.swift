// Which export formats draw the routed arrows, and the one-line note the command line prints on
// stderr when some of them fell back to simple routes (the board was too large or too dense to
// route within the router's budget).

extension ExportFormat {
  /// Whether the format draws the arrows along their routes (and so may show simple routes).
  public var drawsRoutes: Bool {
    switch self {
    case .ascii, .unicode, .markdown, .svg, .excalidraw: true
    case .mermaid, .dot, .json: false
    }
  }
}

public enum SimpleRoutesNote {
  /// "12 of 3540 arrows …"; nil when every arrow was routed properly.
  public static func text(_ diagram: Diagram) -> String? {
    let simple = diagram.simpleArrowCount
    guard simple > 0 else { return nil }
    return "\(simple) of \(diagram.board.arrows.count) arrows drawn on simple routes (straight or one jog; they "
      + "may cross boxes): the board is too large or too dense to route within the router's budget"
  }
}

// Routings kept while a board is laid out for reading (`ProcessMemo`): the search weighs the same
// arrangement more than once (the closest drawing's alternatives and the page fit's candidates
// share some, a squeezed drawing is routed again to be checked, and the caller draws the chosen
// board), and a routing costs far more than looking one up. The routing depends on the board alone.

enum RoutingMemo {
  /// A reference's search weighs about 40 boards.
  static let shared = ProcessMemo<Board, Diagram>(capacity: 96)
}

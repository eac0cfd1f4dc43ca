// Board (+ its template) → report: runs every rule of docs/CHECKER.md.

public enum Checker {
  public static func check(_ board: Board, template: Template?, catalogue: Catalogue) -> CheckReport {
    check(BoardGraph(board: board, catalogue: catalogue), template: template)
  }

  /// The same report, recognising only the boxes whose text changed since the memo last saw them.
  static func check(_ board: Board, template: Template?, catalogue: Catalogue, memo: inout KindMemo)
    -> CheckReport
  {
    let kinds = memo.kinds(of: board, catalogue: catalogue)
    return check(BoardGraph(board: board, catalogue: catalogue, kinds: kinds), template: template)
  }

  private static func check(_ graph: BoardGraph, template: Template?) -> CheckReport {
    let board = graph.board
    var checks: [Check] = []
    if let template {
      checks += ComponentRules.checks(graph, template: template)
      checks += FlowRules.checks(graph, template: template)
    }
    checks += NotesRules.checks(board, template: template)
    checks += GraphRules.checks(graph)
    checks += PitfallRules.checks(graph)
    checks += NotesPitfalls.checks(board.notes, template: template)
    return CheckReport(checks: checks)
  }
}

// Board (+ its template) → report: runs every rule of docs/CHECKER.md.

public enum Checker {
  public static func check(_ board: Board, template: Template?, catalogue: Catalogue) -> CheckReport {
    let graph = BoardGraph(board: board, catalogue: catalogue)
    var checks: [Check] = []
    if let template {
      checks += ComponentRules.checks(graph, template: template)
      checks += FlowRules.checks(graph, template: template)
    }
    checks += NotesRules.checks(board, template: template)
    checks += GraphRules.checks(graph)
    checks += PitfallRules.checks(graph, notes: board.notes)
    return CheckReport(checks: checks)
  }
}

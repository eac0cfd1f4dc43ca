// Board (+ its template) → report: runs every rule of docs/CHECKER.md.

public enum Checker {
  public static func check(_ board: Board, template: Template?, catalogue: Catalogue) -> CheckReport {
    check(graph(board, template: template, catalogue: catalogue), template: template)
  }

  /// The board as the checker sees it against a template: the one reading that `check`, `diff`
  /// and the practice review share, so that no two of them read a box differently.
  static func graph(_ board: Board, template: Template?, catalogue: Catalogue) -> BoardGraph {
    let expected = expectedKinds(template)
    let reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    return BoardGraph(board: board, catalogue: catalogue, reading: reading)
  }

  /// The kinds a template asks for, required or recommended.
  static func expectedKinds(_ template: Template?) -> Set<String> {
    guard let template else { return [] }
    return Set((template.required + template.recommended).flatMap(\.anyOf))
  }

  /// The same report, recognising only the boxes whose text changed since the memo last saw them.
  static func check(_ board: Board, template: Template?, catalogue: Catalogue, memo: inout KindMemo)
    -> CheckReport
  {
    let expected = expectedKinds(template)
    let reading = memo.reading(of: board, catalogue: catalogue, expected: expected)
    return check(BoardGraph(board: board, catalogue: catalogue, reading: reading), template: template)
  }

  private static func check(_ graph: BoardGraph, template: Template?) -> CheckReport {
    let board = graph.board
    var checks: [Check] = []
    if let template {
      var components = ComponentRules.checks(graph, template: template)
      let flows = FlowRules.checks(graph, template: template, components: &components)
      checks += components + flows
    }
    let notesWords = NotesRules.substance(board.notes, catalogue: graph.catalogue)
    checks += NotesRules.checks(board, template: template, substance: notesWords) { step in
      graph.catalogue.notesSubstance.firstLeftOut(board.notes[step])
    }
    checks += GraphRules.checks(graph)
    checks += ReadingRules.checks(graph)
    checks += PitfallRules.checks(graph)
    checks += NotesPitfalls.checks(board.notes, template: template)
    return CheckReport(checks: checks, reading: graph.reading, notesWords: notesWords)
  }
}

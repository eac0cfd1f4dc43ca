// `mlsd render FILE`: prints a board as a text diagram (Unicode box drawing or pure ASCII).
import ArgumentParser
import MLSDCore
import MLSDGraphviz

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print a board as a text diagram, title line first.",
    discussion: """
      With --width N, a drawing wider than N columns is laid out again from top to bottom; if \
      it still does not fit it is printed anyway, with a note on stderr.

      With --fit COLSxROWS, the board is laid out again to fit the whole output, title line \
      included. Full boxes (label and detail) are tried first, in several arrangements: the \
      board as it is laid out, top to bottom, left to right, groups as lanes stacked or side by \
      side, layers close, bands, and lanes each its own way packed to fill the page. Then \
      compact boxes (one line each), then narrow boxes (the label wrapped to 16 columns, no \
      detail), then narrowest ones (12 columns), the same ways, each also with its empty \
      straight stretches squeezed out. Of the first level of detail where a layout fits, the one \
      that loses the fewest labels, then weighs crossings and size best, is chosen; the next \
      level's best is printed instead when it crosses fewer arrows and loses no more labels. \
      Group titles are kept whole where their frames can widen; a title is cut only when no \
      layout at that level fits with it whole (or one with cut titles crosses fewer arrows). \
      When none fits, nothing is printed, stderr says the smallest size reached, and the exit \
      status is 1.

      With --compact, boxes show their label on one line and no detail (the board is laid out \
      again).

      With --layout-engine, the board is laid out again (as a new board is, unless --fit, \
      --compact or --width lays it out) with ranks and order from that engine: own (mlsd's \
      layering and crossing reduction) or graphviz (Graphviz dot, groups as its clusters; mlsd \
      keeps its own placement and routing; boards past its size budget keep mlsd's own \
      ordering). Without it, layouts use the engine named by MLSD_LAYOUT_ENGINE, or graphviz \
      when that is unset.
      """)

  @Argument(help: "The board file (-: standard input).")
  var file: String

  @Flag(help: "Draw with 7-bit ASCII only (+ - | > < ^ v).")
  var ascii = false

  @Flag(help: "Draw boxes with rounded corners.")
  var rounded = false

  // Taken whatever it looks like, so that "-5" is a value to refuse, not a missing one.
  @Option(parsing: .unconditional, help: "The widest drawing wanted, in columns.")
  var width: Int?

  @Option(help: ArgumentHelp("Lay the board out to fit this many columns and rows.", valueName: "COLSxROWS"))
  var fit: String?

  @Flag(help: "Compact boxes: the label on one line, no detail; the board is laid out again.")
  var compact = false

  @Option(help: ArgumentHelp("Lay the board out again with this engine's ranks and order: own or graphviz."))
  var layoutEngine: LayoutEngineChoice?

  func run() throws {
    guard let layoutEngine else { return try draw() }
    try LayoutEngine.$ordering.withValue(layoutEngine.ordering) { try draw() }
  }

  private func draw() throws {
    if ascii && rounded { throw CLIFailure.badInput("mlsd render: --ascii and --rounded cannot be used together") }
    if let width, width < 1 { throw CLIFailure.badInput("mlsd render: --width must be a positive number") }
    if fit != nil && width != nil {
      throw CLIFailure.badInput("mlsd render: --fit and --width cannot be used together")
    }
    let page = try fit.map(Render.parseSize)
    let board = try CLIContext.loadBoard(file, mermaid: true)
    let charset: Charset = ascii ? .ascii : (rounded ? .rounded : .unicode)
    if let page {
      try printFitted(board, columns: page.columns, rows: page.rows, charset: charset)
      return
    }
    if compact {
      let laid = LabelRoom.make(LayeredLayout.layoutFitting(LevelOfDetail.compact.apply(to: board)))
      let diagram = Diagram(board: laid).clearOfCorners()
      for note in TextRenderer.notes(diagram) { CLIContext.warn("mlsd render: note: " + note) }
      print(TextRenderer.render(diagram, charset: charset), terminator: "")
      return
    }
    var diagram = Diagram(board: board)
    if layoutEngine != nil { diagram = LabelRoom.routed(LayeredLayout.layoutFitting(board)) }
    if let width, let bounds = diagram.bounds, bounds.width > width {
      diagram = Diagram(board: LayeredLayout.layout(board, direction: .topToBottom))
      if let narrower = diagram.bounds, narrower.width > width {
        CLIContext.warn(
          "mlsd render: the diagram is \(narrower.width) columns wide even top to bottom; wider than --width \(width)")
      }
    }
    diagram = diagram.clearOfCorners()
    if let message = TextRenderer.tooLarge(diagram) { throw CLIFailure.badInput("mlsd render: \(file): " + message) }
    for note in TextRenderer.notes(diagram) { CLIContext.warn("mlsd render: note: " + note) }
    print(TextRenderer.render(diagram, charset: charset), terminator: "")
  }

  /// The first layout that fits, printed; or a message with the smallest size reached, status 1.
  private func printFitted(_ board: Board, columns: Int, rows: Int, charset: Charset) throws {
    switch Render.fitted(compact ? LevelOfDetail.compact.apply(to: board) : board, columns: columns, rows: rows) {
    case .success(let choice):
      // Corners cleared only for the drawing chosen: the fit's search routes many candidates.
      let diagram = choice.diagram.clearOfCorners(room: (columns, rows - 2))
      for note in TextRenderer.notes(diagram) { CLIContext.warn("mlsd render: note: " + note) }
      print(TextRenderer.render(diagram, charset: charset), terminator: "")
    case .failure(let failure):
      var message = "mlsd render: \(file) does not fit \(columns)x\(rows)"
      if let smallest = failure.smallest {
        message +=
          "; the smallest layout is \(smallest.columns)x\(smallest.rows + 2)"
          + " (\(smallest.detail.rawValue) boxes, \(smallest.arrangement.rawValue))"
      }
      CLIContext.warn(message)
      throw ExitCode(1)
    }
  }

  /// The layout `--fit COLSxROWS` prints: the search the app's zoom and the practice review make
  /// for an area of the screen (`ScreenFit`), for the rows left under the title line and the
  /// blank line below it.
  static func fitted(_ board: Board, columns: Int, rows: Int) -> Result<DiagramFit.Choice, DiagramFit.FitFailure> {
    DiagramFit.fit(board, columns: columns, rows: rows - 2)
  }

  /// "160x45" as columns and rows.
  static func parseSize(_ text: String) throws -> (columns: Int, rows: Int) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]), columns > 0, rows > 2 else {
      throw CLIFailure.badInput("mlsd render: --fit wants COLSxROWS, such as 160x45 (at least 3 rows), not '\(text)'")
    }
    return (columns, rows)
  }
}

extension LayoutEngineChoice: ExpressibleByArgument {}

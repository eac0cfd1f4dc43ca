// Board → text: the title line, a blank line, then the diagram drawn into a Canvas and read back.

/// Board → text, as printed by `mlsd render` and the ascii/unicode exports.
public enum TextRenderer {
  /// The most cells drawn as text (8 bytes each in the canvas, and about as many again in the
  /// text): about 200 MB for the canvas. Folding long empty stretches keeps every board with
  /// fewer boxes than the loader's limit far below this unless its boxes are spread over tens
  /// of thousands of distinct columns and rows both.
  public static let maxCells = 25_000_000

  public static func render(_ board: Board, charset: Charset) -> String {
    render(Diagram(board: board).clearOfCorners(), charset: charset)
  }

  /// The text of an already routed diagram; a note instead of the picture when even folded it
  /// would take more than `maxCells` cells (see `tooLarge`).
  public static func render(_ diagram: Diagram, charset: Charset) -> String {
    let title = charset.text(Sanitizer.visible(diagram.board.title))
    guard diagram.bounds != nil else { return title + "\n" }
    guard let picture = picture(diagram, charset: charset) else {
      return title + "\n\n" + (tooLarge(diagram) ?? "") + "\n"
    }
    return title + "\n\n" + picture + "\n"
  }

  /// The diagram's picture without the title (long empty stretches shortened); "" for an empty
  /// board, nil when it is too large to draw.
  public static func picture(_ diagram: Diagram, charset: Charset) -> String? {
    guard let canvas = canvas(diagram, charset: charset) else { return nil }
    return canvas.text()
  }

  /// The diagram drawn at its own size, long empty stretches shortened; nil when too large.
  public static func canvas(
    _ diagram: Diagram, charset: Charset, highlightBoxes: Set<String> = [], highlightArrows: Set<Int> = []
  ) -> Canvas? {
    let drawn = diagram.folded().diagram
    guard let bounds = drawn.bounds else { return Canvas(width: 0, height: 0) }
    guard bounds.width * bounds.height <= maxCells else { return nil }
    var canvas = Canvas(width: bounds.width, height: bounds.height)
    drawn.paint(
      into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: charset,
      highlightBoxes: highlightBoxes, highlightArrows: highlightArrows)
    return canvas
  }

  /// A message when the diagram is too large to draw as text, nil when it is not.
  public static func tooLarge(_ diagram: Diagram) -> String? {
    guard let bounds = diagram.folded().diagram.bounds, bounds.width * bounds.height > maxCells else { return nil }
    return "(the drawing would take \(bounds.width) × \(bounds.height) cells even with its empty stretches "
      + "shortened, more than the \(maxCells) drawn as text; export it as SVG or Excalidraw instead)"
  }

  /// Notes for stderr when the text drawing differs from the board's coordinates or routes: long
  /// empty stretches shortened, arrows drawn on simple routes, labels cut or not beside their
  /// lines (`Diagram.labelNotes`). Empty when there is nothing to say.
  public static func notes(_ diagram: Diagram) -> [String] {
    var out: [String] = []
    if diagram.folded().folded {
      out.append(
        "empty stretches of \(Diagram.foldAbove) or more columns or rows are drawn \(Diagram.foldedLength) long")
    }
    let simple = diagram.simpleArrowCount
    if simple > 0 {
      out.append(
        "\(simple) of \(diagram.board.arrows.count) arrows drawn on simple routes (straight or one jog; they may "
          + "cross boxes): the board is too large or too dense to route within the router's budget")
    }
    return out + diagram.labelNotes
  }
}

// Board → text: the title line, a blank line, then the diagram drawn into a Canvas and read back.

/// Board → text, as printed by `mlsd render` and the ascii/unicode exports.
public enum TextRenderer {
  public static func render(_ board: Board, charset: Charset) -> String {
    render(Diagram(board: board), charset: charset)
  }

  /// The text of an already routed diagram.
  public static func render(_ diagram: Diagram, charset: Charset) -> String {
    let title = charset.text(Sanitizer.visible(diagram.board.title))
    guard let bounds = diagram.bounds else { return title + "\n" }
    var canvas = Canvas(width: bounds.width, height: bounds.height)
    diagram.paint(into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: charset)
    return title + "\n\n" + canvas.text() + "\n"
  }
}

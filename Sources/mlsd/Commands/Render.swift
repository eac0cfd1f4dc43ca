// `mlsd render FILE`: prints a board as a text diagram (Unicode box drawing or pure ASCII).
import ArgumentParser
import MLSDCore

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print a board as a text diagram, title line first.",
    discussion: """
      With --width N, a drawing wider than N columns is laid out again from top to bottom; if it
      still does not fit it is printed anyway, with a note on stderr.
      """)

  @Argument(help: "The board file.")
  var file: String

  @Flag(help: "Draw with 7-bit ASCII only (+ - | > < ^ v).")
  var ascii = false

  @Flag(help: "Draw boxes with rounded corners.")
  var rounded = false

  @Option(help: "The widest drawing wanted, in columns.")
  var width: Int?

  func run() throws {
    if ascii && rounded { throw CLIFailure.badInput("mlsd render: --ascii and --rounded cannot be used together") }
    if let width, width < 1 { throw CLIFailure.badInput("mlsd render: --width must be a positive number") }
    let board = try CLIContext.loadBoard(file)
    let charset: Charset = ascii ? .ascii : (rounded ? .rounded : .unicode)
    var diagram = Diagram(board: board)
    if let width, let bounds = diagram.bounds, bounds.width > width {
      diagram = Diagram(board: LayeredLayout.layout(board, direction: .topToBottom))
      if let narrower = diagram.bounds, narrower.width > width {
        CLIContext.warn(
          "mlsd render: the diagram is \(narrower.width) columns wide even top to bottom; wider than --width \(width)")
      }
    }
    if let message = TextRenderer.tooLarge(diagram) { throw CLIFailure.badInput("mlsd render: \(file): " + message) }
    for note in TextRenderer.notes(diagram) { CLIContext.warn("mlsd render: note: " + note) }
    print(TextRenderer.render(diagram, charset: charset), terminator: "")
  }
}

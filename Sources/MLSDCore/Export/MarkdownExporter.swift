// A Markdown document of a practice session: the title, the diagram as a code block, the notes of
// the seven steps and the checker's report.
import Foundation

/// Writes the board as Markdown (`mlsd export --format markdown`).
public struct MarkdownExporter: Exporter {
  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    var lines: [String] = []
    let title = board.title.isEmpty ? "Untitled design" : board.title
    lines.append("# " + MarkdownText.escape(title))
    lines.append("")
    if let template = context.template {
      lines.append("Template: " + MarkdownText.escape(template.title))
      lines.append("")
    }
    let diagram = Self.picture(context.diagram(of: board))
    let fence = Self.fence(for: diagram)
    lines.append(fence + "text")
    lines.append(contentsOf: diagram.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    if lines.last == "" { lines.removeLast() }
    lines.append(fence)
    lines.append("")
    lines.append("## Notes")
    for step in Step.allCases {
      lines.append("")
      lines.append("### \(step.number). \(step.title)")
      lines.append("")
      let text = board.notes[step]
      lines.append(text.isEmpty ? "_No notes._" : Self.paragraphs(text))
    }
    lines.append("")
    lines.append("## Check")
    lines.append("")
    let report = Checker.check(board, template: context.template, catalogue: context.catalogue)
    lines.append(ReportFormatter.markdown(report))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The diagram as the terminal draws it, without the title line (the heading already says it).
  static func picture(_ diagram: Diagram) -> String {
    guard diagram.bounds != nil else { return "(empty board)" }
    return TextRenderer.picture(diagram, charset: .unicode) ?? TextRenderer.tooLarge(diagram) ?? ""
  }

  /// A backtick fence longer than any run of backticks in the text, so nothing inside closes it.
  static func fence(for text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }

  /// Notes as Markdown prose: every line escaped, blank lines between paragraphs, and each line
  /// break inside a paragraph kept as a hard break (two spaces at the line's end), since a renderer
  /// joins lines that end without one into a single line of text.
  static func paragraphs(_ text: String) -> String {
    // "\r\n" is a single Character, so it is folded first for the split to see every line end.
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { MarkdownText.escape(String($0)) }
    return lines.indices.map { i in
      let breaks = i + 1 < lines.count && !isBlank(lines[i]) && !isBlank(lines[i + 1])
      return breaks ? lines[i] + "  " : lines[i]
    }.joined(separator: "\n")
  }

  static func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }
}

// The list of export formats, their file extensions and the exporter behind each name.

/// A format `mlsd export --format F` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case ascii
  case unicode
  case markdown
  case mermaid
  case dot
  case svg
  case excalidraw
  case json

  public var exporter: any Exporter {
    switch self {
    case .ascii: TextExporter(charset: .ascii)
    case .unicode: TextExporter(charset: .unicode)
    case .markdown: MarkdownExporter()
    case .mermaid: MermaidExporter()
    case .dot: DotExporter()
    case .svg: SVGExporter()
    case .excalidraw: ExcalidrawExporter()
    case .json: JSONBoardExporter()
    }
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .ascii, .unicode: "txt"
    case .markdown: "md"
    case .mermaid: "mmd"
    case .dot: "dot"
    case .svg: "svg"
    case .excalidraw: "excalidraw"
    case .json: "json"
    }
  }

  /// The format a file name suggests ("design.svg" → .svg); `.txt` means Unicode text.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "txt": self = .unicode
    case "md", "markdown": self = .markdown
    case "mmd", "mermaid": self = .mermaid
    case "dot", "gv": self = .dot
    case "svg": self = .svg
    case "excalidraw": self = .excalidraw
    case "json": self = .json
    default: return nil
    }
  }
}

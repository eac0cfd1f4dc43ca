// The list of export formats, their file extensions and the exporter behind each name: the one
// place a format is added. The command line (`mlsd export --format`, its help and completions),
// the whiteboard's `:export` and their messages all read it.

/// A format `mlsd export --format F` and `:export F FILE` write.
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

  /// What the format is called in prose ("Markdown", "SVG"); both text formats are "text".
  public var title: String {
    switch self {
    case .ascii, .unicode: "text"
    case .markdown: "Markdown"
    case .mermaid: "Mermaid"
    case .dot: "DOT"
    case .svg: "SVG"
    case .excalidraw: "Excalidraw"
    case .json: "JSON"
    }
  }

  /// The extensions that choose this format for an output file name; `.txt` means Unicode text.
  public var extensionsItClaims: [String] {
    switch self {
    case .ascii: []
    case .unicode: ["txt"]
    case .markdown: ["md", "markdown"]
    case .mermaid: ["mmd", "mermaid"]
    case .dot: ["dot", "gv"]
    case .svg: ["svg"]
    case .excalidraw: ["excalidraw"]
    case .json: ["json"]
    }
  }

  /// The format of a name as typed, in any case ("SVG" → .svg).
  public init?(name: String) {
    self.init(rawValue: name.lowercased())
  }

  /// The format a file name suggests ("design.svg" → .svg); `.txt` means Unicode text.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    let ext = fileName[fileName.index(after: dot)...].lowercased()
    guard let format = Self.allCases.first(where: { $0.extensionsItClaims.contains(ext) }) else { return nil }
    self = format
  }

  /// Every format's name, in order.
  public static var names: [String] { allCases.map(\.rawValue) }

  /// The names for a sentence: "ascii, unicode, ... or json".
  public static var nameList: String { sentence(names) }

  /// The formats in prose, for a command's one-line summary: "text, Markdown, ... or JSON".
  public static var titleList: String {
    var titles: [String] = []
    for format in allCases where !titles.contains(format.title) { titles.append(format.title) }
    return sentence(titles)
  }

  /// The claimed extensions with their dots: ".txt .md .markdown ...".
  public static var extensionList: String {
    allCases.flatMap(\.extensionsItClaims).map { "." + $0 }.joined(separator: " ")
  }

  private static func sentence(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
  }
}

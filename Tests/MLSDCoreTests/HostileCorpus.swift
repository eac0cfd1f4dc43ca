// Text that tries to break out of wherever it is shown or written: terminal escape sequences,
// control characters, bidi overrides, invisible characters, combining storms, wide characters,
// huge labels and the punctuation of every export format. Each entry has a name for messages.
import MLSDCore

enum HostileCorpus {
  struct Entry {
    var name: String
    var text: String
  }

  static let entries: [Entry] = [
    Entry(name: "CSI clear screen", text: "before\u{1B}[2Jafter"),
    Entry(name: "CSI colour", text: "\u{1B}[31mred\u{1B}[0m plain"),
    Entry(name: "CSI cursor home and erase line", text: "\u{1B}[H\u{1B}[2K\u{1B}[?1049l"),
    Entry(name: "OSC 0 window title", text: "\u{1B}]0;pwned\u{07}title"),
    Entry(name: "OSC 52 clipboard write", text: "\u{1B}]52;c;ZWNobyBoaQ==\u{07}copy"),
    Entry(name: "OSC 8 hyperlink", text: "\u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\"),
    Entry(name: "DCS", text: "\u{1B}P+q544e\u{1B}\\dcs"),
    Entry(name: "bare ESC", text: "\u{1B}"),
    Entry(name: "ESC at the end", text: "label\u{1B}"),
    Entry(name: "8-bit CSI", text: "\u{9B}2J\u{9B}31mred"),
    Entry(name: "C0 controls", text: "nul\u{0}bel\u{7}bs\u{8}vt\u{B}ff\u{C}cr\u{D}so\u{E}si\u{F}sub\u{1A}us\u{1F}"),
    Entry(name: "C1 controls", text: "nel\u{85}ind\u{84}ssa\u{86}osc\u{9D}st\u{9C}apc\u{9F}"),
    Entry(name: "DEL", text: "del\u{7F}del"),
    Entry(name: "tab", text: "a\tb\t\tc"),
    Entry(name: "carriage return overwrite", text: "safe\rEVIL"),
    Entry(name: "bidi override RLO", text: "abc\u{202E}fedcba\u{202C}xyz"),
    Entry(name: "bidi isolates", text: "\u{2066}LRI\u{2067}RLI\u{2068}FSI\u{2069}PDI"),
    Entry(
      name: "bidi marks and embeddings", text: "\u{200E}LRM\u{200F}RLM\u{202A}LRE\u{202B}RLE\u{202D}LRO\u{061C}ALM"),
    Entry(name: "zero-width space", text: "zero\u{200B}width\u{200B}"),
    Entry(name: "byte order mark", text: "\u{FEFF}bom\u{FEFF}"),
    Entry(name: "invisible operators and word joiner", text: "a\u{2060}b\u{2061}c\u{2062}d\u{2063}e\u{2064}f"),
    Entry(name: "soft hyphen and interlinear annotation", text: "soft\u{AD}hyphen\u{FFF9}ann\u{FFFB}"),
    Entry(name: "tag characters", text: "tag\u{E0001}\u{E0041}\u{E007F}"),
    Entry(name: "line and paragraph separators", text: "line\u{2028}para\u{2029}end"),
    Entry(name: "private use and noncharacters", text: "pua\u{E000}\u{F8FF}\u{FFFE}\u{FFFF}\u{10FFFF}"),
    Entry(name: "lone combining mark", text: "\u{0301}"),
    Entry(name: "combining marks at the start", text: "\u{0301}\u{0302}\u{0303}start"),
    Entry(name: "stacked combining marks", text: "e" + String(repeating: "\u{0301}", count: 50)),
    Entry(name: "zalgo", text: String(repeating: "Z\u{0336}\u{0337}\u{0338}\u{035C}\u{0360}", count: 20)),
    Entry(name: "CJK", text: "特征存储 推理服务 模型注册表"),
    Entry(name: "CJK with ASCII", text: "A特B征C"),
    Entry(name: "fullwidth and Hangul", text: "ＡＢＣ 한국어 ﾊﾝｶｸ"),
    Entry(name: "emoji with ZWJ and skin tones", text: "👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈👍🏿"),
    Entry(name: "emoji flags and keycaps", text: "🇯🇵🇫🇷 1️⃣#️⃣ ❤️"),
    Entry(name: "very long label", text: String(repeating: "Feature store ", count: 714) + "end!"),
    Entry(name: "very long word", text: String(repeating: "x", count: 10_000)),
    Entry(name: "very long wide label", text: String(repeating: "特", count: 5_000)),
    Entry(name: "quotes", text: "it's \"quoted\" and ‘curly’ “double”"),
    Entry(name: "backslashes", text: "back\\slash \\\\ \\n \\l \\N \\\" \\"),
    Entry(name: "HTML script", text: "<script>alert('x')</script>"),
    Entry(name: "SVG script and events", text: "<svg onload=alert(1)><script xlink:href=x/>"),
    Entry(name: "CDATA end", text: "]]>"),
    Entry(name: "comment end", text: "--> <!-- %% comment"),
    Entry(name: "XML entities", text: "&amp; &lt; &#0; &#x1B; &bogus;"),
    Entry(name: "Mermaid entities", text: "#quot; #35; #lt; #59;"),
    Entry(name: "backticks", text: "``` ```` `code`"),
    Entry(name: "code fence line", text: "```\n```text\n~~~"),
    Entry(name: "pipes", text: "| a | b |"),
    Entry(name: "hash", text: "# heading ## two"),
    Entry(name: "brackets", text: "[label](x) {brace} ((round)) >odd] [/slant\\]"),
    Entry(name: "Mermaid keywords", text: "end\nsubgraph x\ndirection LR\nflowchart TD\nclick x call y()"),
    Entry(name: "Mermaid links", text: "a --> b -.-> c ==> d ~~~ e --o f"),
    Entry(name: "DOT syntax", text: "\"; node [shape=none]; x -> y; //"),
    Entry(name: "YAML syntax", text: "key: value\n- item\n&anchor *alias !!tag {a: b} [c]"),
    Entry(name: "YAML words", text: "null"),
    Entry(name: "YAML number", text: "0x1F"),
    Entry(name: "newlines", text: "one\ntwo\n\nfour"),
    Entry(name: "CRLF", text: "one\r\ntwo\r\n"),
    Entry(name: "leading and trailing newlines", text: "\n\nmiddle\n\n"),
    Entry(name: "only whitespace", text: "   \t  "),
    Entry(name: "only a newline", text: "\n"),
    Entry(name: "leading spaces", text: "   indented"),
    Entry(name: "trailing spaces", text: "trailing   "),
    Entry(name: "empty", text: ""),
    Entry(name: "Markdown emphasis and links", text: "*bold* _it_ ![img](javascript:alert(1))"),
    Entry(name: "percent and format strings", text: "%s %d %n %@ {0} ${HOME} $(id)"),
  ]

  /// Whether a scalar may never be sent to a terminal raw: C0 and C1 controls, DEL, bidi controls,
  /// line and paragraph separators and every invisible format character except the zero-width
  /// joiner and non-joiner that build emoji and scripts.
  static func isForbiddenOnScreen(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
    if v == 0x2028 || v == 0x2029 { return true }
    if v == 0x200C || v == 0x200D { return false }
    return scalar.properties.generalCategory == .format
  }

  /// The first forbidden scalar in a text, described for a failure message.
  static func firstForbidden(in text: String) -> String? {
    guard let scalar = text.unicodeScalars.first(where: isForbiddenOnScreen) else { return nil }
    return "U+" + String(scalar.value, radix: 16, uppercase: true)
  }

  /// The text without its line ends, scalar by scalar: Foundation's search would miss a line end
  /// followed by a combining mark.
  static func withoutNewlines(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\n" }))
  }

  /// What a text reads back as from a board file. Yams builds every scalar with Foundation's
  /// `String(bytes:encoding:)`, which drops a byte order mark (U+FEFF) at the start of the value;
  /// the invisible mark is the one thing a save and load does not keep (see SECURITY.md).
  static func afterLoad(_ text: String) -> String {
    text.unicodeScalars.first == "\u{FEFF}" ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())) : text
  }

  /// The board as it reads back from a file: `afterLoad` applied to every text.
  static func afterLoad(_ board: Board) -> Board {
    var board = board
    board.title = afterLoad(board.title)
    board.template = board.template.map(afterLoad)
    for i in board.boxes.indices {
      board.boxes[i].label = afterLoad(board.boxes[i].label)
      board.boxes[i].detail = board.boxes[i].detail.map(afterLoad)
    }
    for i in board.arrows.indices { board.arrows[i].label = board.arrows[i].label.map(afterLoad) }
    for i in board.groups.indices { board.groups[i].title = afterLoad(board.groups[i].title) }
    for step in Step.allCases { board.notes[step] = afterLoad(board.notes[step]) }
    return board
  }

  /// A board that carries `text` everywhere a person can type: the title, a box label and detail,
  /// an arrow label, a group title and the notes of every step.
  static func board(with text: String) -> Board {
    var board = Board(
      title: text,
      boxes: [
        Box(id: "a", label: text, detail: text, frame: GridRect(x: 0, y: 0, width: 20, height: 5)),
        Box(id: "b", label: "plain", frame: GridRect(x: 40, y: 12, width: 12, height: 3)),
        Box(id: "c", label: text, frame: GridRect(x: 0, y: 24, width: 30, height: 4)),
      ],
      arrows: [
        Arrow(from: "a", to: "b", label: text),
        Arrow(from: "b", to: "c", label: text, style: .dashed),
      ],
      groups: [Group(id: "g", title: text, boxIDs: ["b", "c"])])
    for step in Step.allCases { board.notes[step] = text }
    return board
  }

  /// One board with every entry of the corpus, a box each, arrows between neighbours.
  static var everything: Board {
    var board = Board(title: "Everything hostile")
    for (index, entry) in entries.enumerated() {
      let detail = entries[(index + 7) % entries.count].text
      board.boxes.append(
        Box(
          id: "b\(index)", label: entry.text, detail: detail,
          frame: GridRect(x: (index % 6) * 32, y: (index / 6) * 9, width: 26, height: 5)))
      if index > 0 {
        board.arrows.append(Arrow(from: "b\(index - 1)", to: "b\(index)", label: entry.text))
      }
    }
    board.groups = [
      Group(id: "g1", title: entries[0].text, boxIDs: ["b0", "b1"]),
      Group(id: "g2", title: entries[40].text, boxIDs: ["b40"]),
    ]
    for step in Step.allCases { board.notes[step] = entries[step.number * 5].text }
    return board
  }
}

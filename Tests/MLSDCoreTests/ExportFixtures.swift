// Boards shared by the export and import tests: a small tidy one for golden files and one whose
// every text tries to break out of the format it is written into.
import MLSDCore

enum ExportFixtures {
  /// Four boxes, every arrow style, a labelled arrow, a group and notes on two steps.
  static var small: Board {
    var board = Board(
      title: "Small feed ranker",
      template: "blank",
      boxes: [
        Box(
          id: "events", label: "Event logs", kind: "data-source", detail: "Kafka",
          frame: GridRect(x: 2, y: 1, width: 14, height: 4)),
        Box(
          id: "features", label: "Feature store", detail: "Feast", frame: GridRect(x: 30, y: 1, width: 17, height: 4)),
        Box(id: "training", label: "Training", frame: GridRect(x: 30, y: 9, width: 12, height: 3)),
        Box(id: "serving", label: "Ranking service", frame: GridRect(x: 56, y: 1, width: 19, height: 3)),
      ],
      arrows: [
        Arrow(from: "events", to: "features", label: "clicks"),
        Arrow(from: "features", to: "training", style: .dashed),
        Arrow(from: "features", to: "serving", style: .thick),
      ],
      groups: [Group(id: "offline", title: "Offline", boxIDs: ["features", "training"])]
    )
    board.notes[.requirements] = "Rank 500 posts per request in under 100 ms."
    board.notes[.model] = "Start with logistic regression, then a two-tower model."
    return board
  }

  /// Texts that end strings, open markup, start comments or carry control characters.
  static let hostileTexts = [
    "say \"hi\" \\ back\\",
    "two\nlines\r\nand\ttab",
    "<script>alert('x')</script>",
    "]]> --> <!-- & &amp; #quot; #35;",
    "```fence``` and `tick` | pipe || %% comment",
    "\u{1B}[31mred\u{1B}[0m \u{7} bell \u{0} nul \u{7F} del \u{85} nel \u{2028}",
    "end subgraph direction LR ; flowchart TD",
    "{braces} [brackets] (parens) ((( ))) >arrow]",
    "-- text --> ==> -.-> ~~~ \\n \\l",
  ]

  /// A board whose labels, details, arrow labels, group titles, ids and notes are all hostile.
  static var hostile: Board {
    let ids = ["end", "classifier", "a.b", "x--y", "9lives", "_under", "style-x", "mlsdx_41", "ok-id"]
    var board = Board(title: "Hostile \"title\" <b>\n--- # %%")
    for (index, text) in hostileTexts.enumerated() {
      board.boxes.append(
        Box(
          id: ids[index], label: text, detail: hostileTexts[(index + 1) % hostileTexts.count],
          frame: GridRect(x: 2 + (index % 3) * 30, y: 1 + (index / 3) * 8, width: 26, height: 5)))
    }
    for index in 0..<(ids.count - 1) {
      let style = ArrowStyle.allCases[index % ArrowStyle.allCases.count]
      board.arrows.append(Arrow(from: ids[index], to: ids[index + 1], label: hostileTexts[index], style: style))
    }
    board.groups = [
      Group(id: "end", title: hostileTexts[3], boxIDs: ["end", "classifier"]),
      Group(id: "g.2", title: hostileTexts[4], boxIDs: ["a.b"]),
    ]
    for step in Step.allCases { board.notes[step] = hostileTexts[step.number % hostileTexts.count] }
    return board
  }

  /// Characters no exported text may hold raw: the C0 controls other than newline and tab.
  static func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }
  }
}

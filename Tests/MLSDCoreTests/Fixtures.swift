// Shared helpers for the tests: the built-in library and small hand-made boards.
import MLSDCore

enum Fixtures {
  /// The built-in catalogue, templates and themes, without any user folder.
  static let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))

  /// A small board with Unicode labels, a group, an arrow label and notes.
  static func unicodeBoard() -> Board {
    var board = Board(title: "视频搜索 🎬 design", template: "youtube-video-search")
    board.boxes = [
      Box(id: "logs", label: "点击日志 clicks", kind: "data-source", frame: GridRect(x: 2, y: 1, width: 20, height: 3)),
      Box(
        id: "kafka", label: "Kafka 🚀", kind: "stream-ingestion", detail: "topic: événements",
        frame: GridRect(x: 28, y: 1, width: 22, height: 4)),
      Box(id: "ranker", label: "Ranker", frame: GridRect(x: 56, y: 1, width: 12, height: 3)),
    ]
    board.arrows = [
      Arrow(from: "logs", to: "kafka", label: "事件"),
      Arrow(from: "kafka", to: "ranker", style: .dashed),
    ]
    board.groups = [Group(id: "online", title: "Online ✨", boxIDs: ["kafka", "ranker"])]
    board.notes[.requirements] = "Latency under 200 ms.\nScale: 1B videos, 日本語 queries too."
    board.notes[.evaluation] = "nDCG offline; CTR online"
    return board
  }

  /// A board of boxes (id, label) and plain arrows (from, to), every box 10 × 3 at the origin:
  /// for tests of how the checker reads labels and places, which never look at positions.
  static func flow(_ boxes: [(String, String)], _ arrows: [(String, String)]) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map { Box(id: $0.0, label: $0.1, frame: GridRect(x: 0, y: 0, width: 10, height: 3)) }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1) }
    return board
  }

  /// `flow`, with a detail line (or none) on each box: (id, label, detail).
  static func flow(_ boxes: [(String, String, String?)], _ arrows: [(String, String)]) -> Board {
    var board = flow(boxes.map { ($0.0, $0.1) }, arrows)
    for (i, box) in boxes.enumerated() { board.boxes[i].detail = box.2 }
    return board
  }

  /// The kinds the catalogue reads a lone box with this label and detail line as.
  static func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    var box = Box(id: "b", label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    box.detail = detail
    return library.catalogue.kinds(of: box)
  }
}

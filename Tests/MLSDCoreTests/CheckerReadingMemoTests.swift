// The app's check remembers each box's reading with the surroundings it was read in and reads
// again only the boxes whose text or surroundings changed. On random edit sequences (labels,
// kinds, details, arrows and their labels, boxes added and deleted, the template changed) the
// remembered reading and report must always be the ones a fresh read gives.
import XCTest

@testable import MLSDCore

final class CheckerReadingMemoTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  /// Labels that read by name, by hint, by role noun, or only from their place.
  private let labels = [
    "Kafka", "Payment events", "Model registry", "Online feature store", "Fraud classifier", "Scoring service",
    "Served-ads log", "Nightly model training", "Spark ETL", "Client app", "Grafana", "Mystery", "Courier pings",
    "API gateway", "Data lake", "Labelling queue", "Redis", "Ranker", "Image encoder service", "Airflow",
    "Offline feature store", "Model server", "User feedback events", "Thing",
  ]
  private let details: [String?] = [nil, nil, "Flink", "XGBoost on SageMaker", "raw events", "per customer"]
  private let kinds: [String?] = [
    nil, nil, nil, "data-source", "inference-service", "prediction-logging", "training-pipeline", "no-such-kind",
  ]
  private let arrowLabels: [String?] = [
    nil, nil, "served scores", "logged predictions", "retrain on drift", "new model version", "labels", "features",
    "requests with features and model output",
  ]
  private let templates: [String?] = [nil, "generic-ml-pipeline", "ad-click-prediction", "harmful-content-detection"]

  private func pick<T>(_ list: [T], _ random: inout SeededRandom) -> T { list[random.int(0..<list.count)] }

  private func randomBoard(_ random: inout SeededRandom) -> Board {
    var board = Board(title: "Memo")
    board.template = "generic-ml-pipeline"
    for n in 0..<14 { board.boxes.append(newBox("b\(n)", &random)) }
    for _ in 0..<18 { addArrow(to: &board, &random) }
    return board
  }

  private func newBox(_ id: String, _ random: inout SeededRandom) -> Box {
    Box(
      id: id, label: pick(labels, &random), kind: pick(kinds, &random), detail: pick(details, &random),
      frame: GridRect(x: random.int(0..<80), y: random.int(0..<40), width: 12, height: 3))
  }

  private func addArrow(to board: inout Board, _ random: inout SeededRandom) {
    guard !board.boxes.isEmpty else { return }
    let from = pick(board.boxes, &random).id
    // Now and then an arrow to a box that is not there, or to itself.
    let to = random.chance(5) ? "gone" : random.chance(5) ? from : pick(board.boxes, &random).id
    board.arrows.append(Arrow(from: from, to: to, label: pick(arrowLabels, &random)))
  }

  /// One random edit of the kinds the app makes.
  private func edit(_ board: inout Board, _ random: inout SeededRandom, serial: inout Int) {
    let i = board.boxes.isEmpty ? nil : random.int(0..<board.boxes.count)
    switch random.int(0..<11) {
    case 0: if let i { board.boxes[i].label = pick(labels, &random) }
    case 1: if let i { board.boxes[i].kind = pick(kinds, &random) }
    case 2: if let i { board.boxes[i].detail = pick(details, &random) }
    case 3: addArrow(to: &board, &random)
    case 4: if !board.arrows.isEmpty { board.arrows.remove(at: random.int(0..<board.arrows.count)) }
    case 5:
      if !board.arrows.isEmpty { board.arrows[random.int(0..<board.arrows.count)].label = pick(arrowLabels, &random) }
    case 6:
      serial += 1
      board.boxes.append(newBox("n\(serial)", &random))
    case 7: if let i { board.removeBox(board.boxes[i].id) }
    case 8: board.template = pick(templates, &random)
    case 9:
      // A second box with an id already on the board (only a hand-made file has them).
      if let i {
        var twin = newBox(board.boxes[i].id, &random)
        twin.frame.x += 100
        board.boxes.append(twin)
      }
    default: if let i { board.boxes[i].frame.x += 1 }
    }
  }

  func testRememberedReadingsAreFreshReadingsOverRandomEdits() {
    for seed in 1...12 {
      var random = SeededRandom(seed: UInt64(seed))
      var board = randomBoard(&random)
      var memo = KindMemo()
      var serial = 0
      for step in 0..<60 {
        let template = board.template.flatMap { library.template($0) }
        let expected = Checker.expectedKinds(template)
        let remembered = memo.reading(of: board, catalogue: catalogue, expected: expected)
        let fresh = BoardReader.read(board, catalogue: catalogue, expected: expected)
        XCTAssertEqual(remembered, fresh, "seed \(seed), step \(step)")
        if step % 5 == 0 {
          var reportMemo = memo
          XCTAssertEqual(
            Checker.check(board, template: template, catalogue: catalogue, memo: &reportMemo),
            Checker.check(board, template: template, catalogue: catalogue), "seed \(seed), step \(step)")
        }
        edit(&board, &random, serial: &serial)
      }
    }
  }

  func testAReadingIsRememberedOnlyWhileItsSurroundingsStay() {
    var board = Board(title: "T", template: "generic-ml-pipeline")
    board.boxes = [
      Box(id: "src", label: "Courier pings", frame: GridRect(x: 0, y: 0, width: 16, height: 3)),
      Box(id: "kafka", label: "Kafka", frame: GridRect(x: 30, y: 0, width: 9, height: 3)),
    ]
    let expected = Checker.expectedKinds(library.template("generic-ml-pipeline"))
    var memo = KindMemo()
    XCTAssertEqual(
      memo.reading(of: board, catalogue: catalogue, expected: expected),
      BoardReader.read(board, catalogue: catalogue, expected: expected))
    // Feeding the stream makes the unread box a data source: its place changed, not its words.
    board.arrows = [Arrow(from: "src", to: "kafka")]
    let fed = memo.reading(of: board, catalogue: catalogue, expected: expected)
    XCTAssertEqual(fed, BoardReader.read(board, catalogue: catalogue, expected: expected))
    XCTAssertTrue(fed.boxes[0].kinds.contains("data-source"))
    board.arrows = []
    XCTAssertEqual(
      memo.reading(of: board, catalogue: catalogue, expected: expected),
      BoardReader.read(board, catalogue: catalogue, expected: expected))
  }
}

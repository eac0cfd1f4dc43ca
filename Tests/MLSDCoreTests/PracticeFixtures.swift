// A small hand-made case study for the practice tests: its reference design fits on one screen
// and its drawing does not change when the built-in templates are edited.
import Foundation

@testable import MLSDCore

enum PracticeFixtures {
  /// A seven-box pipeline; the prompt carries Markdown characters to prove they are escaped.
  static func template() -> Template {
    func box(_ id: String, _ label: String, _ kind: String, _ x: Int, _ y: Int) -> Box {
      Box(id: id, label: label, kind: kind, frame: GridRect(x: x, y: y, width: 18, height: 3))
    }
    var reference = Board(title: "Reference: churn model")
    reference.boxes = [
      box("events", "Event logs", "data-source", 0, 0),
      box("etl", "Feature ETL", "batch-etl", 24, 0),
      box("fs", "Feature store", "offline-feature-store", 48, 0),
      box("train", "Training", "training-pipeline", 48, 6),
      box("registry", "Model registry", "model-registry", 72, 6),
      box("serve", "Scoring API", "inference-service", 72, 0),
      box("monitor", "Monitoring", "monitoring", 96, 0),
    ]
    reference.arrows = [
      Arrow(from: "events", to: "etl"),
      Arrow(from: "etl", to: "fs"),
      Arrow(from: "fs", to: "train"),
      Arrow(from: "train", to: "registry"),
      Arrow(from: "registry", to: "serve", label: "model"),
      Arrow(from: "fs", to: "serve"),
      Arrow(from: "serve", to: "monitor"),
    ]
    let minutes: [Step: Int] = [
      .requirements: 5, .framing: 5, .data: 8, .model: 8, .evaluation: 5, .serving: 8, .monitoring: 6,
    ]
    return Template(
      id: "churn-fixture", title: "Churn *prediction* for a #1 app", difficulty: .easy,
      summary: "Predict which subscribers cancel next month.",
      prompt: "Predict which subscribers will cancel next month.\n\nWe have <2 years> of `events` and 10M users.",
      steps: minutes.mapValues { StepGuide(minutes: $0, questions: ["Which \($0)-minute question?"]) },
      required: [
        "data-source", "batch-etl", "offline-feature-store", "training-pipeline", "model-registry",
        "inference-service", "monitoring",
      ].map { ComponentRequirement(anyOf: [$0]) },
      recommended: [],
      flows: [
        FlowRequirement(from: ["training-pipeline"], to: ["model-registry"], why: "Versioned models roll back."),
        FlowRequirement(from: ["model-registry"], to: ["inference-service"], why: "Serving loads the approved model."),
      ],
      pitfalls: [], start: Board(title: ""), reference: reference)
  }

  /// The candidate forgot the registry and monitoring and added a vector index the design does not need.
  static func candidateBoard() -> Board {
    func box(_ id: String, _ label: String, _ kind: String?, _ x: Int, _ y: Int) -> Box {
      Box(id: id, label: label, kind: kind, frame: GridRect(x: x, y: y, width: 16, height: 3))
    }
    var board = Board(title: "My churn design", template: "churn-fixture")
    board.boxes = [
      box("logs", "Clickstream", nil, 0, 0),
      box("spark", "Spark job", nil, 20, 0),
      box("feast", "Feast", nil, 40, 0),
      box("model", "Training", "training-pipeline", 40, 5),
      box("api", "Scoring API", "inference-service", 60, 0),
      box("ann", "Vector index", "vector-index", 60, 5),
    ]
    board.arrows = [
      Arrow(from: "logs", to: "spark"),
      Arrow(from: "spark", to: "feast", label: "`daily`"),
      Arrow(from: "feast", to: "model"),
      Arrow(from: "model", to: "api"),
      Arrow(from: "api", to: "ann"),
    ]
    board.notes[.requirements] = "Monthly churn; 10M users; batch scoring nightly is enough for the retention team."
    board.notes[.framing] = "Binary classification: will the subscriber cancel within 30 days?"
    return board
  }

  /// A 40-minute session, long on data, short on monitoring.
  static func session(_ template: Template) -> PracticeSession {
    var session = PracticeSession(
      template: template, minutes: 40, startedAt: 1000, date: Date(timeIntervalSince1970: 1_795_460_700))
    var time = 1000.0
    for (step, seconds) in zip(Step.allCases.dropFirst(), [260.0, 240, 545, 420, 300, 400]) {
      time += seconds
      session.enterStep(step, at: time)
    }
    session.finish(at: time + 100)
    return session
  }

  /// The fixture case study practised in the app at `width`×`height` and ended at once with :done,
  /// on its review; with `fitsInBackground`, as the terminal runner fits it (off the main loop).
  static func reviewing(width: Int, height: Int, fitsInBackground: Bool = false) -> AppHarness {
    var app = AppHarness(width: width, height: height)
    app.state.fitsInBackground = fitsInBackground
    app.state.startPractice(
      PracticeMode(template: template(), minutes: 40, hints: false, now: 0, date: Date(timeIntervalSince1970: 0)),
      date: Date(timeIntervalSince1970: 0))
    app.press(.enter)
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    return app
  }
}

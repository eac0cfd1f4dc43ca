// The whole headless pipeline, one timed step at a time: load a board file, check it against its
// template, lay it out, route its arrows, and render it to Unicode text.
import MLSDCore

enum Pipeline {
  static let stepNames = ["load", "check", "layout", "route", "render"]

  struct Run {
    /// The drawing (no title line), as the ascii/unicode exports draw it.
    var text: String
    var boxes: Int
    var arrows: Int
    /// Checks the board failed (printed, which also keeps the check from being optimised away).
    var failedChecks: Int
    /// Milliseconds per step, in the order of `stepNames`.
    var steps: [Double]
    /// CPU milliseconds of the whole pipeline (this thread).
    var cpu: Double
    var total: Double { steps.reduce(0, +) }
  }

  static func run(path: String, library: Library) throws -> Run {
    // Each run routes afresh, not from the routings an earlier run kept.
    RouteMemo.forget()
    var steps: [Double] = []
    let cpuStart = Clock.cpuNow()
    let (decoded, load) = try Clock.measure { () throws -> Board in
      let text = try AtomicWriter.readText(path)
      return try BoardDecoder.decode(text, name: path).board
    }
    steps.append(load)
    let template = decoded.template.flatMap { library.template($0) }
    let (report, check) = Clock.measure {
      Checker.check(decoded, template: template, catalogue: library.catalogue)
    }
    steps.append(check)
    let (board, layout) = Clock.measure { LayeredLayout.layout(decoded) }
    steps.append(layout)
    let (diagram, route) = Clock.measure { Diagram(board: board) }
    steps.append(route)
    let (text, render) = Clock.measure { () -> String in
      guard let bounds = diagram.bounds else { return "" }
      var canvas = Canvas(width: bounds.width, height: bounds.height)
      diagram.paint(into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: .unicode)
      return canvas.text()
    }
    steps.append(render)
    let cpu = Double(Clock.cpuNow() - cpuStart) / 1e6
    let failed = report.checks.filter { !$0.passed }.count
    return Run(
      text: text, boxes: board.boxes.count, arrows: board.arrows.count, failedChecks: failed, steps: steps, cpu: cpu)
  }

  /// Runs the pipeline on a file again and again until `budget` seconds have passed (at least
  /// `minimum` and at most `maximum` runs); returns one row of the pipeline table.
  static func bench(path: String, library: Library, budget: Double, minimum: Int, maximum: Int, warmup: Bool) throws
    -> [String]
  {
    var totals = Samples()
    var cpu = Samples()
    var perStep = Array(repeating: Samples(), count: stepNames.count)
    var boxes = 0
    var arrows = 0
    let start = Clock.now()
    // One unmeasured run first: page faults and lazy initialisation are start-up, not pipeline.
    if warmup { _ = try run(path: path, library: library) }
    while totals.count < maximum
      && (totals.count < minimum || Double(Clock.now() - start) / 1e9 < budget)
    {
      let result = try run(path: path, library: library)
      boxes = result.boxes
      arrows = result.arrows
      totals.add(result.total)
      cpu.add(result.cpu)
      for (i, value) in result.steps.enumerated() { perStep[i].add(value) }
    }
    return [
      String(boxes), String(arrows), String(totals.count), Format.ms(totals.median), Format.ms(totals.percentile(90)),
      Format.ms(totals.max), Format.ms(cpu.median),
    ] + perStep.map { Format.ms($0.median) }
  }

  static let benchHeader =
    ["boxes", "arrows", "runs", "median ms", "p90 ms", "max ms", "CPU median ms"] + stepNames.map { "\($0) ms" }
}

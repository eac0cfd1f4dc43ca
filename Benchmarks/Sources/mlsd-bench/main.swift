// mlsd-bench: generates benchmark graphs and measures mlsd's pipeline and editor in release mode.
// Run without arguments for the list of commands; Benchmarks/README.md explains every number.
import Foundation
import MLSDCore
import MLSDGraphviz

let usage = """
  usage: mlsd-bench COMMAND ...
    generate DIR [--seed S] [--sizes 10,30,...]   write DIR/board-N.yaml (laid out) and DIR/graph-N.txt (Graph::Easy)
    pipeline FILE... [--budget S] [--min R] [--no-warmup]  load+check+layout+route+render, repeated: median, p90, max, per step
    editor FILE [--rounds R]                      cost per editor action on the board (reduce + view + diff)
    once FILE [--print]                           the pipeline once; --print: drawing on stdout, timings on stderr; (for /usr/bin/time, callgrind, compare.sh)
    textstats FILE                                crossings (┼), width and height of a drawing
    quality FILE...                               LayoutQuality of each board as saved: a header line, then one tab-separated line a file
    pinning [--fit COLSxROWS] FILE...             labels drawn between parallel lines of two arrows (LabelPinning) and arrows sharing an arrowhead (SharedArrowheads), as saved or fitted as `render --fit`
    firstframe FILE... [--runs R]                 the whiteboard's first frame in process (load, app state, 120×40 view) and its first tick
    reviewresize [TEMPLATE] [--sizes 120x40,...]  a practice review (:done at 160×45) resized through sizes: fit or kept fit, and the draw
  env: MLSD_LAYOUT_ENGINE=own|graphviz (ranks and order of every layout; graphviz answers are not
       kept between runs), GV_MAX_SIZE and GV_MAX_EDGES (graphviz's size budget, default mlsd's),
       GV_ATTRIBUTES (dot graph attributes, such as mclimit=0.5,nslimit=2; default mlsd's)
  """

struct UsageError: Error, CustomStringConvertible {
  var description: String
}

/// Built-in templates, themes and catalogue only, so that numbers do not depend on a user's folder.
func builtinLibrary() -> Library {
  Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
}

func option(_ name: String, in arguments: inout [String]) throws -> String? {
  guard let index = arguments.firstIndex(of: name) else { return nil }
  guard index + 1 < arguments.count else { throw UsageError(description: "\(name) needs a value") }
  let value = arguments[index + 1]
  arguments.removeSubrange(index...(index + 1))
  return value
}

func flag(_ name: String, in arguments: inout [String]) -> Bool {
  guard let index = arguments.firstIndex(of: name) else { return false }
  arguments.remove(at: index)
  return true
}

func number<T: LosslessStringConvertible>(_ text: String?, _ what: String, default value: T) throws -> T {
  guard let text else { return value }
  guard let parsed = T(text) else { throw UsageError(description: "\(what): '\(text)' is not a number") }
  return parsed
}

func write(_ text: String, to path: String) throws {
  try AtomicWriter.write(text, to: path)
}

func generate(_ arguments: [String]) throws {
  var arguments = arguments
  let seed: UInt64 = try number(option("--seed", in: &arguments), "--seed", default: GraphGenerator.defaultSeed)
  var sizes = GraphGenerator.defaultSizes
  if let list = try option("--sizes", in: &arguments) {
    sizes = try list.split(separator: ",").map { try number(String($0), "--sizes", default: 0) }
  }
  guard arguments.count == 1, let folder = arguments.first else { throw UsageError(description: usage) }
  var rows: [[String]] = []
  for n in sizes where n > 0 {
    let generated = GraphGenerator.board(boxes: n, seed: seed)
    let (laidOut, ms) = Clock.measure { LayeredLayout.layout(generated) }
    try write(BoardEncoder.encode(laidOut), to: "\(folder)/board-\(n).yaml")
    try write(GraphGenerator.graphEasy(generated), to: "\(folder)/graph-\(n).txt")
    let labelled = generated.arrows.filter { $0.label != nil }.count
    rows.append([
      String(n), String(generated.arrows.count), String(labelled), Format.ms(ms), "board-\(n).yaml", "graph-\(n).txt",
    ])
  }
  print("seed \(seed), folder \(folder)")
  print(Format.table(["boxes", "arrows", "labelled", "layout ms", "board file", "Graph::Easy file"], rows))
}

func pipeline(_ arguments: [String]) throws {
  var arguments = arguments
  let budget: Double = try number(option("--budget", in: &arguments), "--budget", default: 3.0)
  let minimum: Int = try number(option("--min", in: &arguments), "--min", default: 5)
  let warmup = !flag("--no-warmup", in: &arguments)
  guard !arguments.isEmpty else { throw UsageError(description: usage) }
  var librarySamples = Samples()
  var library = builtinLibrary()
  for _ in 0..<20 {
    let (loaded, ms) = Clock.measure { builtinLibrary() }
    library = loaded
    librarySamples.add(ms)
  }
  var rows: [[String]] = []
  for path in arguments {
    let row = try Pipeline.bench(
      path: path, library: library, budget: budget, minimum: max(1, minimum), maximum: 1000, warmup: warmup)
    rows.append(row)
    // One row at a time, so that a size that never finishes still leaves the others on screen.
    print(Format.table(Pipeline.benchHeader, [row]).split(separator: "\n").last.map(String.init) ?? "")
  }
  print()
  print(Format.table(Pipeline.benchHeader, rows))
  print(
    "(library load, once per process and not in the rows: median \(Format.ms(librarySamples.median)) ms of \(librarySamples.count))"
  )
}

func editor(_ arguments: [String]) throws {
  var arguments = arguments
  let rounds: Int = try number(option("--rounds", in: &arguments), "--rounds", default: 150)
  guard arguments.count == 1, let path = arguments.first else { throw UsageError(description: usage) }
  let library = builtinLibrary()
  let board = try BoardStore.load(path)
  let result = EditorBench.run(board: board, library: library, rounds: rounds)
  print(Format.table(EditorBench.header, result.rows))
  print(result.note)
}

func once(_ arguments: [String]) throws {
  var arguments = arguments
  let printDrawing = flag("--print", in: &arguments)
  guard arguments.count == 1, let path = arguments.first else { throw UsageError(description: usage) }
  let (library, libraryMS) = Clock.measure { builtinLibrary() }
  let run = try Pipeline.run(path: path, library: library)
  let steps = zip(Pipeline.stepNames, run.steps).map { "\($0) \(Format.ms($1))" }.joined(separator: ", ")
  let summary =
    "\(run.boxes) boxes, \(run.arrows) arrows, \(run.failedChecks) failed checks; library \(Format.ms(libraryMS)) ms; "
    + "\(steps); pipeline \(Format.ms(run.total)) ms"
  if printDrawing {
    // The drawing on stdout, the timings on stderr (compare.sh reads both).
    print(run.text)
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  } else {
    print(summary)
  }
}

func textStats(_ arguments: [String]) throws {
  guard arguments.count == 1, let path = arguments.first else { throw UsageError(description: usage) }
  let text = try AtomicWriter.readText(path)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let crossings = text.reduce(0) { $0 + ($1 == "┼" ? 1 : 0) }
  let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
  let height = lines.reversed().drop { $0.allSatisfy { $0 == " " } }.count
  print("\(crossings) \(width) \(height)")
}

/// The layout-quality counts of each board file, routed as it is saved (quality.sh reads them).
func quality(_ arguments: [String]) throws {
  guard !arguments.isEmpty else { throw UsageError(description: usage) }
  print((["file"] + LayoutQuality.columnNames).joined(separator: "\t"))
  for path in arguments {
    let figures = LayoutQuality(Diagram(board: try BoardStore.load(path)).clearOfCorners())
    print(([path] + figures.values.map(String.init)).joined(separator: "\t"))
  }
}

/// For each board, its drawn labels and those between parallel lines of two different arrows
/// (`LabelPinning`), routed as saved or, with --fit, laid out as `mlsd render --fit` does.
func pinning(_ arguments: [String]) throws {
  var arguments = arguments
  let page = try option("--fit", in: &arguments).map { text -> (Int, Int) in
    let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw UsageError(description: "--fit wants COLSxROWS, not \(text)") }
    return (parts[0], parts[1])
  }
  guard !arguments.isEmpty else { throw UsageError(description: usage) }
  print("file\tlabels\tsqueezed\tarrows\tsharedheads")
  for path in arguments {
    let board = try BoardStore.load(path)
    var diagram = Diagram(board: board)
    if let (columns, rows) = page {
      // The title line and the blank line under it take two rows, as in `mlsd render --fit`.
      guard case .success(let choice) = DiagramFit.fit(board, columns: columns, rows: rows - 2) else {
        print("\(path)\t-\t-\t-\t-")
        continue
      }
      diagram = choice.diagram
    }
    let labels = diagram.drawnRoutes.prefix(board.arrows.count).filter { $0.labelRect != nil }.count
    let shared = SharedArrowheads.sharing(diagram).count
    print("\(path)\t\(labels)\t\(LabelPinning.squeezed(diagram).count)\t\(board.arrows.count)\t\(shared)")
  }
}

/// The layout engine the environment names; graphviz without its answers kept, so that every
/// run pays for dot.
func layoutEngine() throws -> (any LayerOrdering)? {
  let environment = ProcessInfo.processInfo.environment
  guard try LayoutEngineChoice.from(environment: environment) == .graphviz else { return nil }
  return GraphvizOrdering(
    maxSize: try number(environment["GV_MAX_SIZE"], "GV_MAX_SIZE", default: GraphvizOrdering.defaultMaxSize),
    maxEdges: try number(environment["GV_MAX_EDGES"], "GV_MAX_EDGES", default: GraphvizOrdering.defaultMaxEdges),
    attributes: environment["GV_ATTRIBUTES"].map { list in
      list.split(separator: ",").map { pair in
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
      }
    } ?? GraphvizOrdering.defaultAttributes,
    remember: false)
}

/// The whiteboard's first frame of each board, median of R runs (run.sh huge).
func firstFrame(_ arguments: [String]) throws {
  var arguments = arguments
  let runs: Int = try number(option("--runs", in: &arguments), "--runs", default: 5)
  guard !arguments.isEmpty else { throw UsageError(description: usage) }
  let library = builtinLibrary()
  let rows = try arguments.map { try FirstFrameBench.run(path: $0, library: library, runs: runs) }
  print(Format.table(FirstFrameBench.header, rows))
}

func reviewResize(_ arguments: [String]) throws {
  var arguments = arguments
  let list = try option("--sizes", in: &arguments) ?? "120x40,160x45,120x40,140x45,160x45,140x45"
  let sizes = try list.split(separator: ",").map { item -> (Int, Int) in
    let parts = item.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw UsageError(description: "--sizes: '\(item)' is not COLSxROWS") }
    return (parts[0], parts[1])
  }
  guard arguments.count <= 1 else { throw UsageError(description: usage) }
  let rows = try ReviewResizeBench.run(
    template: arguments.first ?? "news-feed", sizes: sizes, library: builtinLibrary())
  print(Format.table(ReviewResizeBench.header, rows))
}

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.isEmpty ? "" : arguments.removeFirst()
do {
  try LayoutEngine.$ordering.withValue(try layoutEngine()) {
    switch command {
    case "generate": try generate(arguments)
    case "pipeline": try pipeline(arguments)
    case "editor": try editor(arguments)
    case "once": try once(arguments)
    case "textstats": try textStats(arguments)
    case "quality": try quality(arguments)
    case "pinning": try pinning(arguments)
    case "firstframe": try firstFrame(arguments)
    case "reviewresize": try reviewResize(arguments)
    default: throw UsageError(description: usage)
    }
  }
} catch {
  FileHandle.standardError.write(Data("mlsd-bench: \(error)\n".utf8))
  exit(2)
}

// Fuzz target for drawing: the bytes choose a valid board (boxes anywhere in the loader's range
// and of any allowed size, labels of any characters, arrows, groups), which goes through layout,
// routing, the text drawing and every export. None may crash; run.sh gives it a memory limit.
import FuzzDriver
import MLSDCore

@_cdecl("FuzzDraw_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzDraw)
}

let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))

/// Reads numbers from the input, 0 once it runs out.
struct Bytes {
  let data: UnsafeBufferPointer<UInt8>
  var at = 0

  mutating func byte() -> Int {
    defer { at += 1 }
    return at < data.count ? Int(data[at]) : 0
  }

  /// A number in `range`: one byte picks near the low end most of the time, or three bytes the whole range.
  mutating func number(_ range: ClosedRange<Int>) -> Int {
    let span = range.upperBound - range.lowerBound + 1
    let wide = byte() >= 224
    let raw = wide ? (byte() << 16 | byte() << 8 | byte()) : byte()
    return range.lowerBound + raw % span
  }

  mutating func text() -> String {
    let length = byte() % 12
    var scalars = String.UnicodeScalarView()
    for _ in 0..<length {
      let pick = byte()
      // Mostly ASCII, sometimes wide, combining or control characters.
      let value: UInt32 =
        pick < 200 ? UInt32(pick % 95 + 32) : [0x4E2D, 0x1F600, 0x0301, 0x1B, 0x7, 0x200D, 0xFE0F][pick % 7]
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    return String(scalars)
  }
}

func fuzzDraw(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = Bytes(data: UnsafeBufferPointer(start: data, count: size))
  var board = Board(title: input.text())
  let boxes = input.byte() % 12 + 1
  for i in 0..<boxes {
    let frame = GridRect(
      x: input.number(0...BoardDecoder.maxCoordinate), y: input.number(0...BoardDecoder.maxCoordinate),
      width: input.number(Box.minWidth...500), height: input.number(Box.minHeight...100))
    board.boxes.append(
      Box(id: "b\(i)", label: input.text(), detail: input.byte() < 64 ? input.text() : nil, frame: frame))
  }
  for _ in 0..<(input.byte() % 16) {
    let style = ArrowStyle.allCases[input.byte() % ArrowStyle.allCases.count]
    let label = input.byte() < 100 ? input.text() : nil
    board.arrows.append(
      Arrow(from: "b\(input.byte() % boxes)", to: "b\(input.byte() % boxes)", label: label, style: style))
  }
  for g in 0..<(input.byte() % 4) {
    let members = (0..<(input.byte() % 5)).map { _ in "b\(input.byte() % boxes)" }
    board.groups.append(Group(id: "g\(g)", title: input.text(), boxIDs: Array(Set(members)).sorted()))
  }
  if input.byte() < 64 { board = LayeredLayout.layout(board) }
  let diagram = Diagram(board: board)
  _ = TextRenderer.render(diagram, charset: .unicode)
  _ = TextRenderer.render(diagram, charset: .ascii)
  let context = ExportContext(catalogue: library.catalogue, template: nil)
  for format in ExportFormat.allCases { _ = format.exporter.export(board, context: context) }
  return 0
}

// Fuzz target: any bytes given to the board loader give a board or a located error, never a crash.
import FuzzDriver
import MLSDCore

@_cdecl("FuzzBoard_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzBoard)
}

func fuzzBoard(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = FuzzDriver.text(data, size)
  if let (board, _) = try? BoardDecoder.decode(text, name: "fuzz.yaml") {
    // What loads must save and load back to the same board.
    let again = try? BoardDecoder.decode(BoardEncoder.encode(board), name: "again.yaml")
    if again?.board != board { fatalError("board did not round-trip") }
  }
  return 0
}

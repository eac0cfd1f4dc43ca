// Fuzz target: the template loader and the shared follow-up bank's, with the built-in catalogue.
import FuzzDriver
import MLSDCore

@_cdecl("FuzzTemplate_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzTemplate)
}

let catalogue = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil)).catalogue

func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = FuzzDriver.text(data, size)
  if let template = try? TemplateDecoder.decode(text, name: "fuzz.yaml", catalogue: catalogue) {
    let board = template.referenceBoard()
    _ = Checker.check(board, template: template, catalogue: catalogue)
    // Whatever phrases and kinds the follow-ups hold, judging them against the board must not trap.
    let context = FollowUpContext(board: board, catalogue: catalogue)
    for followUp in template.followUps {
      _ = context.triggers(followUp)
      _ = context.answer(followUp)
    }
  }
  // The shared follow-up bank has a loader of its own.
  _ = try? FollowUpDecoder.decodeShared(text, name: "fuzz.yaml", catalogue: catalogue)
  return 0
}

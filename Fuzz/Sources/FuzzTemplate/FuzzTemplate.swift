// Fuzz target: the template loader, with the built-in catalogue.
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
    _ = Checker.check(template.referenceBoard(), template: template, catalogue: catalogue)
  }
  return 0
}

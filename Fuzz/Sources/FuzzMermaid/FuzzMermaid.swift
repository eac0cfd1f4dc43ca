// Fuzz target: the Mermaid importer, parse and layout, with the built-in catalogue.
import FuzzDriver
import MLSDCore

@_cdecl("FuzzMermaid_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzMermaid)
}

let catalogue = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil)).catalogue

func fuzzMermaid(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? MermaidImporter.read(FuzzDriver.text(data, size), name: "fuzz.mmd", title: "Fuzz", catalogue: catalogue)
  return 0
}

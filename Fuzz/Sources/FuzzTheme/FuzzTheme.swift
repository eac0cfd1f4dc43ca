// Fuzz target: the theme loader.
import FuzzDriver
import MLSDCore

@_cdecl("FuzzTheme_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzTheme)
}

func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = FuzzDriver.text(data, size)
  _ = try? ThemeDecoder.decode(text, name: "fuzz.yaml")
  return 0
}

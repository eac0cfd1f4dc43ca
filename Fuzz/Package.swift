// swift-tools-version:6.0
// Coverage-guided fuzz targets (libFuzzer) for mlsd's loaders and for drawing. Built apart from the main package
// because every target is compiled with -sanitize=fuzzer; run them with Fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "mlsd-fuzz",
  // `mlsd` is a link to the repository root, so the package's name does not depend on the folder
  // the repository was cloned into.
  dependencies: [.package(path: "mlsd")],
  targets: [.target(name: "FuzzDriver")]
    + ["FuzzBoard", "FuzzTemplate", "FuzzTheme", "FuzzMermaid", "FuzzDraw"].map { name in
      // libFuzzer is linked in and started by FuzzDriver; the code under test gets its coverage
      // instrumentation from the -sanitize=fuzzer flag run.sh passes to the whole build.
      .executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "MLSDCore", package: "mlsd")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
      )
    }
)

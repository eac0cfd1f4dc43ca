// swift-tools-version:6.1
// Benchmarks for mlsd, in their own package so that the main build and CI stay lean.
// A release-mode harness of our own (medians and percentiles), a graph generator, and the
// single-run entry points that /usr/bin/time, callgrind and compare.sh use.
import PackageDescription

let package = Package(
  name: "mlsd-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    // `mlsd` is a link to the repository root, so the package's name does not depend on the
    // folder the repository was cloned into.
    .package(path: "mlsd")
  ],
  targets: [
    .executableTarget(
      name: "mlsd-bench",
      dependencies: [.product(name: "MLSDCore", package: "mlsd"), .product(name: "MLSDGraphviz", package: "mlsd")],
      path: "Sources/mlsd-bench"
    )
  ]
)

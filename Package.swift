// swift-tools-version:6.0
// mlsd: a terminal whiteboard studio for machine-learning system design interviews.
import PackageDescription

let package = Package(
  name: "mlsd",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "mlsd", targets: ["mlsd"]),
    .library(name: "MLSDCore", targets: ["MLSDCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // The only code that sees ncurses: a module map plus a header of static inline shims.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // Turns Templates/ and Themes/ into Swift source at build time, so a copied binary carries them.
    .executableTarget(name: "mlsd-embed", path: "Sources/mlsd-embed"),
    .plugin(
      name: "EmbedData",
      capability: .buildTool(),
      dependencies: ["mlsd-embed"]
    ),
    .target(
      name: "MLSDData",
      plugins: ["EmbedData"]
    ),
    // The pure core: model, files, catalogue, checker, layout, rendering, exports, app state machine.
    .target(
      name: "MLSDCore",
      dependencies: ["MLSDData", .product(name: "Yams", package: "Yams")]
    ),
    // The terminal adapter.
    .target(
      name: "MLSDTerminal",
      dependencies: ["MLSDCore", "CNcursesw"]
    ),
    .executableTarget(
      name: "mlsd",
      dependencies: [
        "MLSDCore", "MLSDTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The command line's definitions (parsing, help, completions), through @testable import mlsd.
    .testTarget(
      name: "MLSDCommandTests",
      dependencies: ["mlsd"]
    ),
    .testTarget(
      name: "MLSDCoreTests",
      dependencies: ["MLSDCore"],
      // Golden files and fixtures are read from the source tree (#filePath), not bundled.
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)

// Build-tool plugin: embeds the package's Templates/ and Themes/ data files into MLSDData,
// so the built-in templates and themes travel inside the binary wherever it is copied.
import Foundation
import PackagePlugin

@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    var inputs: [URL] = []
    for folder in ["Templates", "Themes"] {
      let dir = root.appending(path: folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") {
        inputs.append(dir.appending(path: name))
      }
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
    let tool = try context.tool(named: "mlsd-embed")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files",
        executable: tool.url,
        arguments: [root.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}

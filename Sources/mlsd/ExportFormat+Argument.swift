// Export formats as command-line values: parsing, the help's list of values and the shell
// completions all come from `ExportFormat`'s cases.
import ArgumentParser
import MLSDCore

extension ExportFormat: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(name: argument)
  }

  public static var allValueStrings: [String] { names }
}

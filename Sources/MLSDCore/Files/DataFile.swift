// A data file (template, theme, catalogue) from the binary or from the user's folder.
import Foundation
import MLSDData

public struct DataFile: Sendable {
  public enum Origin: Sendable, Equatable {
    case builtin
    case user
  }
  /// The name used in messages: "Templates/blank.yaml" for built-ins, the full path for user files.
  public var name: String
  public var text: String
  public var origin: Origin

  /// Built-in files under a package folder ("Templates", "Themes"), in name order.
  public static func builtin(in folder: String) -> [DataFile] {
    BuiltinFiles.all.keys.sorted().filter { $0.hasPrefix(folder + "/") }.map {
      DataFile(name: $0, text: BuiltinFiles.all[$0]!, origin: .builtin)
    }
  }

  /// `*.yaml` files in a user folder, in name order; unreadable files become errors.
  public static func user(in folder: String?) -> (files: [DataFile], errors: [LoadError]) {
    guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return ([], [])
    }
    var files: [DataFile] = []
    var errors: [LoadError] = []
    for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
      let path = folder + "/" + name
      do {
        files.append(
          DataFile(name: path, text: try AtomicWriter.readText(path, limit: YAMLLimits.maxBytes), origin: .user))
      } catch let error as FileError {
        errors.append(LoadError(file: path, line: 0, column: 0, message: error.reason))
      } catch {
        errors.append(LoadError(file: path, line: 0, column: 0, message: "\(error)"))
      }
    }
    return (files, errors)
  }
}

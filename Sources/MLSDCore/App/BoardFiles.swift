// The file operations the app's effects need, behind a protocol so that tests use memory
// instead of the disk.
import Foundation

public protocol BoardFiles {
  func loadBoard(_ path: String) throws -> Board
  func saveBoard(_ board: Board, to path: String) throws
  /// Writes text atomically, creating the folder when needed.
  func write(_ text: String, to path: String) throws
  func remove(_ path: String)
  func exists(_ path: String) -> Bool
}

/// The real disk: atomic writes through BoardStore and AtomicWriter.
public struct DiskFiles: BoardFiles {
  public init() {}

  public func loadBoard(_ path: String) throws -> Board { try BoardStore.load(path) }

  public func saveBoard(_ board: Board, to path: String) throws {
    try makeFolder(for: path)
    try BoardStore.save(board, to: path)
  }

  public func write(_ text: String, to path: String) throws {
    try makeFolder(for: path)
    try AtomicWriter.write(text, to: path)
  }

  public func remove(_ path: String) { unlink(path) }

  public func exists(_ path: String) -> Bool { AtomicWriter.fileExists(path) }

  private func makeFolder(for path: String) throws {
    let folder = AtomicWriter.directory(of: path)
    if !AtomicWriter.fileExists(folder) {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
  }
}

/// What an operation on files said when it failed, for the status line.
public enum FileMessages {
  public static func describe(_ error: Error) -> String {
    if let error = error as? LoadError { return error.description }
    if let error = error as? LoadErrors { return error.description }
    if let error = error as? FileError { return error.description }
    return "\(error)"
  }
}

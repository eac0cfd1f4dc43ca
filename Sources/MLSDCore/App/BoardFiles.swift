// The file operations the app's effects need, behind a protocol so that tests use memory
// instead of the disk.
import Foundation

public protocol BoardFiles {
  func loadBoard(_ path: String) throws -> Board
  func saveBoard(_ board: Board, to path: String) throws
  /// The file's text; nil when it cannot be read.
  func text(_ path: String) -> String?
  /// Writes text atomically where the user asked (an export, a board): a missing folder is an
  /// error, as a mistyped path should be, never a new folder tree.
  func write(_ text: String, to path: String) throws
  /// Writes one of mlsd's own files (a recovery file, a kept copy) atomically, creating its
  /// folder in the data folder when needed.
  func writeOwn(_ text: String, to path: String) throws
  func remove(_ path: String)
  func exists(_ path: String) -> Bool
  /// Whether a folder is there (a failed save says so when the board's folder was deleted).
  func isFolder(_ path: String) -> Bool
  /// The file's identity from stat alone (cheap: the app asks on idle ticks); nil when missing.
  func identity(_ path: String) -> FileIdentity?
  /// The file's identity and the hash of its bytes; nil when it cannot be read.
  func stamp(_ path: String) -> FileStamp?
  /// The names of the files in a folder (not their paths); empty when it cannot be read.
  func list(_ folder: String) -> [String]
  /// Runs a save of `path` (the check that the file is still what was loaded, then the write)
  /// while no other mlsd runs one in the same folder, so that of two saves at the same moment
  /// the second always sees the first's file.
  func whileSaving(_ path: String, _ body: () -> Action) -> Action
}

extension BoardFiles {
  public func whileSaving(_ path: String, _ body: () -> Action) -> Action { body() }
}

/// The real disk: atomic writes through BoardStore and AtomicWriter.
public struct DiskFiles: BoardFiles {
  public init() {}

  public func loadBoard(_ path: String) throws -> Board { try BoardStore.load(path) }

  public func saveBoard(_ board: Board, to path: String) throws {
    try BoardStore.save(board, to: path)
  }

  public func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  public func write(_ text: String, to path: String) throws {
    try AtomicWriter.write(text, to: path)
  }

  public func writeOwn(_ text: String, to path: String) throws {
    try makeFolder(for: path)
    try AtomicWriter.write(text, to: path)
  }

  public func remove(_ path: String) { unlink(path) }

  public func exists(_ path: String) -> Bool { AtomicWriter.fileExists(path) }

  public func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  public func identity(_ path: String) -> FileIdentity? { FileIdentity.of(path) }

  public func stamp(_ path: String) -> FileStamp? {
    // Identity before and after the read: a file replaced while being read is read again.
    for _ in 0..<3 {
      guard let before = FileIdentity.of(path), let data = FileManager.default.contents(atPath: path) else {
        return nil
      }
      if FileIdentity.of(path) == before { return FileStamp(identity: before, bytes: data) }
    }
    return nil
  }

  public func list(_ folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  }

  /// An advisory lock (`flock`) on the board's folder: every mlsd takes it around the check and
  /// the rename, on the folder because the board file itself is replaced by each save. A folder
  /// that cannot be opened saves without it (the write then says why it failed).
  public func whileSaving(_ path: String, _ body: () -> Action) -> Action {
    let fd = open(AtomicWriter.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return body() }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    defer { flock(fd, LOCK_UN) }
    return body()
  }

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

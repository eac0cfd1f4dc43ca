// Where unsaved work is kept between sessions, in the data folder's `recovery/`: one file per
// board path and session, named by a hash of the absolute path and the session
// (`<hash>.<pid>-<start>.yaml`), and one per scratch session (`scratch-<pid>-<start>.yaml`), so
// that two writers on one board, or two scratch boards, never write over each other's work. Each
// session holds a lock beside its file (`<hash>.<pid>-<start>.lock`, `scratch-<pid>-<start>.lock`);
// a recovery file whose lock is gone or stale is an orphan, offered to the next session. The
// board's own lock (`<hash>.lock`: who has it open) and work set aside for later
// (`<hash>.later-N.yaml`) belong to the board, not to a session.
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public enum Recovery {
  /// This process's scratch session: its process id and start time in seconds.
  public static let thisSession = session(pid: getpid(), started: Int(Date().timeIntervalSince1970))

  /// A scratch session's name: "<pid>-<start seconds>".
  public static func session(pid: Int32, started: Int) -> String { "\(pid)-\(started)" }

  /// The recovery file for a board path (absolute), or for scratch session `session` when nil.
  public static func path(for boardPath: String?, dataFolder: String, session: String = thisSession) -> String {
    let name = boardPath.map { "\(hex(fnv1a($0))).\(session)" } ?? "scratch-\(session)"
    return "\(folder(dataFolder))/\(name).yaml"
  }

  /// The board's own name in the recovery folder (`<hash>.yaml`), which no session writes to:
  /// the stem of the board's lock and of the work set aside for later. Versions before one file
  /// per session wrote their recovery file here.
  public static func boardPath(for boardPath: String, dataFolder: String) -> String {
    "\(folder(dataFolder))/\(hex(fnv1a(boardPath))).yaml"
  }

  /// The lock that says who has a board (absolute path) open, or, for a scratch board (nil),
  /// the lock of session `session`'s recovery file.
  public static func lockPath(for boardPath: String?, dataFolder: String, session: String = thisSession) -> String {
    BoardLock.path(
      forRecovery: boardPath.map { self.boardPath(for: $0, dataFolder: dataFolder) }
        ?? path(for: nil, dataFolder: dataFolder, session: session))
  }

  /// Whether `name` (a file in the recovery folder) is a session's recovery file for the board
  /// whose own name is `boardFile` (`<hash>.yaml`): `<hash>.<pid>-<start>.yaml`.
  static func isSessionFile(_ name: String, ofBoard boardFile: String) -> Bool {
    let stem = String(boardFile.dropLast(5)) + "."
    guard name.hasPrefix(stem), name.hasSuffix(".yaml") else { return false }
    let session = name.dropFirst(stem.count).dropLast(5)
    let parts = session.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  public static func folder(_ dataFolder: String) -> String { "\(dataFolder)/recovery" }

  /// Whether a file name in the recovery folder is a scratch session's recovery file (the
  /// single `scratch.yaml` of older versions included), not a kept copy or a lock.
  public static func isScratchFile(_ name: String) -> Bool {
    guard name.hasSuffix(".yaml"), !name.contains(".kept-"), !name.contains(".later-") else { return false }
    return name == "scratch.yaml" || name.hasPrefix("scratch-")
  }

  /// The start time in a session file's name ("scratch-123-1700000000.yaml",
  /// "<hash>.123-1700000000.yaml" → 1700000000); 0 for the old single file. Newer sessions are
  /// offered first.
  static func started(ofScratchFile name: String) -> Int {
    let stem = name.dropLast(5)
    guard let dash = stem.lastIndex(of: "-") else { return 0 }
    return Int(stem[stem.index(after: dash)...]) ?? 0
  }

  /// The n-th kept copy beside a recovery file (`<hash>.yaml` → `<hash>.kept-N.yaml`): a version
  /// set aside when the board was reloaded from disk over unsaved work.
  public static func copyPath(_ recoveryPath: String, number: Int) -> String {
    let stem = recoveryPath.hasSuffix(".yaml") ? String(recoveryPath.dropLast(5)) : recoveryPath
    return "\(stem).kept-\(number).yaml"
  }

  /// The n-th file of unsaved work set aside for later beside a recovery file
  /// (`<hash>.yaml` → `<hash>.later-N.yaml`): offered again when the board next opens.
  public static func laterPath(_ recoveryPath: String, number: Int) -> String {
    let stem = recoveryPath.hasSuffix(".yaml") ? String(recoveryPath.dropLast(5)) : recoveryPath
    return "\(stem).later-\(number).yaml"
  }

  /// N when `name` (a file name in the recovery folder) is the n-th set-aside file of the
  /// recovery file at `recoveryPath`; nil for any other file.
  static func laterNumber(of name: String, beside recoveryPath: String) -> Int? {
    let file = recoveryPath.split(separator: "/").last.map(String.init) ?? recoveryPath
    let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file
    let prefix = stem + ".later-"
    guard name.hasPrefix(prefix), name.hasSuffix(".yaml") else { return nil }
    return Int(name.dropFirst(prefix.count).dropLast(5))
  }

  /// FNV-1a, 64 bits: stable across runs and platforms (Swift's Hasher is seeded per process).
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
  }
}

/// Unsaved work of a scratch session that ended without saving (killed, or its terminal closed).
public struct ScratchRecovery: Hashable, Sendable {
  /// The recovery file it is in.
  public var path: String
  public var board: Board

  public init(path: String, board: Board) {
    self.path = path
    self.board = board
  }
}

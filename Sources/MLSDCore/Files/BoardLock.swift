// Who has a board open: a lock file beside the board's recovery file (`recovery/<hash>.lock`,
// keyed by the board's absolute path) holding the process id, the host and when it started. A
// second `mlsd open` warns, as vim does with its swap file; headless commands that write a board
// refuse a locked one. A lock whose process is gone (same host) is stale and is taken over.
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public struct BoardLock: Hashable, Sendable {
  public var pid: Int32
  public var host: String
  /// Seconds since 1970 when the holder opened the board.
  public var started: Int

  public init(pid: Int32, host: String, started: Int) {
    self.pid = pid
    self.host = host
    self.started = started
  }

  /// This process, now.
  public static func current() -> BoardLock {
    BoardLock(pid: getpid(), host: hostName(), started: Int(Date().timeIntervalSince1970))
  }

  public static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
    return String(cString: buffer)
  }

  /// The lock file for a board's recovery file path.
  public static func path(forRecovery recoveryPath: String) -> String {
    let stem = recoveryPath.hasSuffix(".yaml") ? String(recoveryPath.dropLast(5)) : recoveryPath
    return stem + ".lock"
  }

  var text: String { "pid: \(pid)\nhost: \(host)\nstarted: \(started)\n" }

  /// The lock in a lock file; nil when there is none or it cannot be read (then it is no lock).
  public static func read(_ path: String) -> BoardLock? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 4096,
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    guard let pid = fields["pid"].flatMap({ Int32($0) }), let host = fields["host"] else { return nil }
    return BoardLock(pid: pid, host: Sanitizer.visible(host), started: fields["started"].flatMap { Int($0) } ?? 0)
  }

  /// Whether the holder is certainly gone: same host and no such process.
  public var isStale: Bool {
    guard host == BoardLock.hostName() else { return false }
    return kill(pid, 0) != 0 && errno == ESRCH
  }

  /// Whether this lock is this process's own.
  public var isMine: Bool { pid == getpid() && host == BoardLock.hostName() }

  /// Writes this lock to `path` (creating the folder), replacing what is there.
  public func write(to path: String) throws {
    let folder = AtomicWriter.directory(of: path)
    if !AtomicWriter.fileExists(folder) {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    try AtomicWriter.write(text, to: path)
  }

  /// Whether a live session holds the lock beside a recovery file (a lock that cannot be read,
  /// is missing or is stale holds nothing).
  public static func isHeld(forRecovery recoveryPath: String) -> Bool {
    guard let lock = read(path(forRecovery: recoveryPath)) else { return false }
    return !lock.isStale
  }

  /// Removes the lock file when it is this process's own.
  public static func release(_ path: String) {
    if let lock = read(path), lock.isMine { unlink(path) }
  }

  /// The holder in words: "process 123 on host h, since 2026-11-28 14:02".
  public var description: String {
    let date = Date(timeIntervalSince1970: TimeInterval(started))
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return "process \(pid) on \(host), since \(formatter.string(from: date))"
  }
}

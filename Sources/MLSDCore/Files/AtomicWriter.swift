// Writes files so that a crash, a signal or a full disk never leaves a half-written file: the
// bytes go to a temporary file in the same folder, are flushed to disk, and replace the target
// with one rename. Optionally the previous version is kept as FILE.bak.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file operation that failed, with the path and the system's reason.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  /// The path is shown visibly, as in LoadError: a file name may hold escape sequences.
  public var description: String { "\(Sanitizer.visible(path)): \(reason)" }
}

public enum AtomicWriter {
  /// Replaces `path` with `bytes` atomically. With `backup`, an existing file is first kept as
  /// `path.bak` (replacing an older backup).
  /// A symbolic link is followed (the link stays, its target is replaced); a device, pipe or
  /// socket (/dev/null, /dev/stdout, a FIFO) is written to directly, never replaced by a file.
  public static func write(_ bytes: [UInt8], to requestedPath: String, backup: Bool = false) throws {
    var path = requestedPath
    var linkInfo = stat()
    if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    var targetInfo = stat()
    if stat(path, &targetInfo) == 0 {
      let type = targetInfo.st_mode & S_IFMT
      if type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK {
        return try writeDirectly(bytes, to: path)
      }
    }
    let folder = directory(of: path)
    let temporary = "\(folder)/.\(basename(of: path)).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var mode: mode_t = 0o644
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a folder, not a file") }
      mode = info.st_mode & 0o777
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else { throw failure(path, "cannot create a file in \(folder)") }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        let error = failure(path, "cannot write")
        close(fd)
        unlink(temporary)
        throw error
      }
      written += n
    }
    if fsync(fd) != 0 {
      let error = failure(path, "cannot flush to disk")
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    if backup && exists {
      let backupPath = path + ".bak"
      unlink(backupPath)
      if link(path, backupPath) != 0 {
        // Hard links can be refused (some file systems); fall back to a copy.
        if let old = try? readBytes(path) { try? write(old, to: backupPath, backup: false) }
      }
    }
    if rename(temporary, path) != 0 {
      let error = failure(path, "cannot replace the file")
      unlink(temporary)
      throw error
    }
    let dirFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirFD >= 0 {
      fsync(dirFD)
      close(dirFD)
    }
  }

  /// Writes to something that is not a regular file, in place.
  private static func writeDirectly(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(path, "cannot open for writing") }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure(path, "cannot write")
      }
      written += n
    }
  }

  public static func write(_ text: String, to path: String, backup: Bool = false) throws {
    try write(Array(text.utf8), to: path, backup: backup)
  }

  /// All bytes of a regular file, refusing files larger than `limit`. Folders, FIFOs, devices
  /// and sockets are refused: opening a FIFO or a terminal would wait for a writer forever and
  /// a device such as /dev/zero never ends.
  public static func readBytes(_ path: String, limit: Int = 128 * 1024 * 1024) throws -> [UInt8] {
    // O_NONBLOCK only matters for the open of a FIFO (which would block until a writer comes);
    // it is refused right after, and regular files ignore the flag.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
    guard fd >= 0 else { throw failure(path, "cannot open") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, "cannot read") }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileError(path: path, reason: "is a folder, not a file")
    default: throw FileError(path: path, reason: "is not a regular file")
    }
    if Int(info.st_size) > limit {
      throw FileError(path: path, reason: "is too large (\(info.st_size) bytes; the limit is \(limit))")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, 65536) }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure(path, "cannot read")
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit { throw FileError(path: path, reason: "is too large (the limit is \(limit) bytes)") }
    }
    return bytes
  }

  /// A file's text; invalid UTF-8 is refused with the offset of the first bad byte.
  public static func readText(_ path: String, limit: Int = 128 * 1024 * 1024) throws -> String {
    let bytes = try readBytes(path, limit: limit)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      var offset = 0
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      loop: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let s): offset += String(s).utf8.count
        case .emptyInput: break loop
        case .error: break loop
        }
      }
      throw FileError(path: path, reason: "is not valid UTF-8 text (first bad byte at offset \(offset))")
    }
    return text
  }

  public static func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  static func basename(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  private static func failure(_ path: String, _ what: String) -> FileError {
    let reason = String(cString: strerror(errno))
    return FileError(path: path, reason: "\(what): \(reason)")
  }
}

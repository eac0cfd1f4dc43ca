// What the app remembers of a board file when it loads or saves it, so that it can tell whether
// someone else changed the file since: the file's identity from stat (cheap to compare on every
// idle tick) and a hash of its bytes (to tell a real change from a touch or an identical rewrite).
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's identity and modification time, as stat gives them.
public struct FileIdentity: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int
  /// Modification time in nanoseconds.
  public var modified: Int64

  public init(device: UInt64, inode: UInt64, size: Int, modified: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
  }

  /// The identity of the file at `path` (symbolic links followed), nil when there is none.
  public static func of(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    return FileIdentity(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size), modified: nanos)
  }
}

/// A file's identity and the hash of its bytes.
public struct FileStamp: Hashable, Sendable {
  public var identity: FileIdentity
  /// FNV-1a (64 bits) of the bytes: enough to notice a change, not a defence against forgery.
  public var hash: UInt64

  public init(identity: FileIdentity, hash: UInt64) {
    self.identity = identity
    self.hash = hash
  }

  /// The stamp of bytes read from a file with this identity.
  public init<Bytes: Sequence>(identity: FileIdentity, bytes: Bytes) where Bytes.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    self.init(identity: identity, hash: hash)
  }

  /// Whether the file holds other bytes than when this stamp was taken (the same bytes written
  /// again, or a new modification time alone, is no change).
  public func contentDiffers(from other: FileStamp) -> Bool { hash != other.hash }
}

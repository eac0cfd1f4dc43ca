// Where unsaved work is kept between sessions: one recovery file per board path, named by a
// hash of the absolute path, in the data folder (`recovery/<hash>.yaml`).

public enum Recovery {
  /// The recovery file for a board path (absolute), or for the scratch board when nil.
  public static func path(for boardPath: String?, dataFolder: String) -> String {
    let name = boardPath.map { hex(fnv1a($0)) } ?? "scratch"
    return "\(dataFolder)/recovery/\(name).yaml"
  }

  /// The n-th kept copy beside a recovery file (`<hash>.yaml` → `<hash>.kept-N.yaml`): a version
  /// set aside when the board was reloaded from disk over unsaved work.
  public static func copyPath(_ recoveryPath: String, number: Int) -> String {
    let stem = recoveryPath.hasSuffix(".yaml") ? String(recoveryPath.dropLast(5)) : recoveryPath
    return "\(stem).kept-\(number).yaml"
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

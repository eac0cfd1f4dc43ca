// The practice history file, DataLocations.dataFolder/history.jsonl: one JSON object per line
// per finished session (see PracticeRecord.jsonLine for the fields). A line that cannot be read
// is skipped with a warning naming the file and line, so one bad line never hides the rest.
import Foundation

public enum PracticeHistory {
  public static let fileName = "history.jsonl"

  /// What was read: the records in file order, and a warning for each line skipped.
  public struct Loaded: Sendable {
    public var records: [PracticeRecord]
    public var warnings: [LoadError]
  }

  public static func path(inFolder folder: String) -> String { folder + "/" + fileName }

  /// Adds one record at the end. The file is rewritten whole through AtomicWriter, so a crash
  /// leaves the old history or the new one, never a torn line; the old bytes are kept as they are,
  /// even lines this version cannot read.
  public static func append(_ record: PracticeRecord, toFolder folder: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FileError(path: folder, reason: "cannot create the folder")
    }
    let path = path(inFolder: folder)
    var bytes = AtomicWriter.fileExists(path) ? try AtomicWriter.readBytes(path) : []
    if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    bytes += Array((record.jsonLine() + "\n").utf8)
    try AtomicWriter.write(bytes, to: path)
  }

  /// Reads the history; a missing file is an empty history.
  public static func load(folder: String) -> Loaded {
    let path = path(inFolder: folder)
    guard AtomicWriter.fileExists(path) else { return Loaded(records: [], warnings: []) }
    do {
      return parse(try AtomicWriter.readBytes(path), file: path)
    } catch let error as FileError {
      return Loaded(records: [], warnings: [LoadError(file: path, line: 0, column: 0, message: error.reason)])
    } catch {
      return Loaded(records: [], warnings: [LoadError(file: path, line: 0, column: 0, message: "\(error)")])
    }
  }

  /// Reads history bytes line by line; blank lines are ignored, bad ones skipped with a warning.
  public static func parse(_ bytes: [UInt8], file: String) -> Loaded {
    var records: [PracticeRecord] = []
    var warnings: [LoadError] = []
    for (index, raw) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      func skip(_ why: String) {
        warnings.append(LoadError(file: file, line: index + 1, column: 1, message: "skipped: " + why))
      }
      guard let text = String(validating: raw, as: UTF8.self) else {
        skip("not valid UTF-8 text")
        continue
      }
      if text.allSatisfy(\.isWhitespace) { continue }
      do {
        records.append(try PracticeRecord.parse(text))
      } catch let error as PracticeRecord.RecordError {
        skip(error.message)
      } catch {
        skip("\(error)")
      }
    }
    return Loaded(records: records, warnings: warnings)
  }
}

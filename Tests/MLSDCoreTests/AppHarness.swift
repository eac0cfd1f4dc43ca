// Helpers for the app tests: a state on the built-in library, keys typed as text, files in memory.
import XCTest

@testable import MLSDCore

/// Drives an AppState the way a person at the keyboard would.
struct AppHarness {
  var state: AppState

  init(board: Board = Board(title: "Test board"), path: String? = "board.yaml", width: Int = 120, height: Int = 40) {
    state = AppState(
      board: board, filePath: path, library: Fixtures.library, theme: .monochrome, width: width, height: height)
  }

  init(template id: String) {
    let template = Fixtures.library.template(id)!
    self.init(board: template.newBoard())
  }

  /// The app opened on `board` (by default "Shared", one box) that `files` holds at `path`, with the file's
  /// stamp, as `mlsd open` starts it: the start of every test of changes on disk.
  static func openedOnDisk(
    _ files: MemoryFiles, path: String,
    board: Board = Board(
      title: "Shared", boxes: [Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3))])
  ) -> AppHarness {
    try! files.saveBoard(board, to: path)
    var app = AppHarness(board: board, path: path)
    app.state = AppState(
      board: board, filePath: path, library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp(path))
    return app
  }

  mutating func press(_ keys: Key...) {
    for key in keys { state.apply(.key(key)) }
  }

  /// Types text as single characters.
  mutating func type(_ text: String) {
    for character in text { state.apply(.key(.char(character))) }
  }

  mutating func send(_ action: Action) { state.apply(action) }

  /// Carries out every effect the app asked for through `runner`, feeding the replies back, until
  /// none is left.
  mutating func runEffects(_ runner: EffectRunner) {
    var pending = state.takeEffectsForTest()
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      if let reply = runner.run(effect, state: state) {
        send(reply)
        pending += state.takeEffectsForTest()
      }
    }
  }

  /// Adds a box through the palette by typing `query` and pressing Enter; returns its id.
  @discardableResult
  mutating func add(_ query: String) -> String {
    press(.char("a"))
    type(query)
    press(.enter)
    return state.selectedBoxID ?? ""
  }

  /// Renames the selected box.
  mutating func rename(_ label: String) {
    press(.enter, .ctrl("u"))
    type(label)
    press(.enter)
  }

  var screen: String { AppView.render(state).text() }

  func box(_ id: String) -> Box? { state.board.box(id) }

  /// The selected box (after a rename, under the id that followed its label).
  var selectedBox: Box? { state.board.box(state.selectedBoxID ?? "") }
}

/// Board files in memory, for the effect runner.
final class MemoryFiles: BoardFiles, @unchecked Sendable {
  var texts: [String: String] = [:]
  var failWrites = false

  func loadBoard(_ path: String) throws -> Board {
    guard let text = texts[path] else { throw FileError(path: path, reason: "cannot open: No such file") }
    return try BoardDecoder.decode(text, name: path).board
  }

  func saveBoard(_ board: Board, to path: String) throws {
    try write(BoardEncoder.encode(board), to: path)
  }

  func text(_ path: String) -> String? { texts[path] }

  /// Folders that are gone (deleted under the app): writes into them fail as on disk.
  var missingFolders: Set<String> = []

  func write(_ text: String, to path: String) throws {
    if failWrites { throw FileError(path: path, reason: "cannot write: No space left on device") }
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    if missingFolders.contains(folder) {
      throw FileError(path: path, reason: "cannot create a file in \(folder): No such file or directory")
    }
    texts[path] = text
    writes[path, default: 0] += 1
  }

  func writeOwn(_ text: String, to path: String) throws { try write(text, to: path) }

  func remove(_ path: String) { texts[path] = nil }

  func exists(_ path: String) -> Bool { texts[path] != nil }

  func isFolder(_ path: String) -> Bool { !missingFolders.contains(path) }

  /// Each write is a new file (as an atomic rename makes it): its number is the inode.
  var writes: [String: Int] = [:]

  func identity(_ path: String) -> FileIdentity? {
    guard let text = texts[path] else { return nil }
    return FileIdentity(device: 1, inode: UInt64(writes[path, default: 0]), size: text.utf8.count, modified: 0)
  }

  func list(_ folder: String) -> [String] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return texts.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
      .map { String($0.dropFirst(prefix.count)) }
  }

  func stamp(_ path: String) -> FileStamp? {
    guard let identity = identity(path), let text = texts[path] else { return nil }
    return FileStamp(identity: identity, bytes: text.utf8)
  }
}

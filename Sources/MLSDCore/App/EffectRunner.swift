// Carries out the file effects of the app (save, load, export, recovery) and reports each result
// as an Action. Pure Swift over a BoardFiles, so tests run it against memory.

public struct EffectRunner {
  public var files: any BoardFiles
  /// The data folder for recovery files; nil when there is none (no HOME).
  public var dataFolder: String?
  /// Turns a path as typed into an absolute one (recovery files are keyed by absolute path).
  public var absolute: (String) -> String

  public init(files: any BoardFiles, dataFolder: String?, absolute: @escaping (String) -> String) {
    self.files = files
    self.dataFolder = dataFolder
    self.absolute = absolute
  }

  /// The recovery file for a board path (nil: the scratch board).
  public func recoveryPath(for boardPath: String?) -> String? {
    dataFolder.map { Recovery.path(for: boardPath.map(absolute), dataFolder: $0) }
  }

  /// Carries out one effect; nil for effects this runner does not handle (quit, the editor) or
  /// that need no reply.
  public func run(_ effect: Effect, state: AppState) -> Action? {
    switch effect {
    case .save(let board, let path, let thenQuit):
      // Never over someone else's change: the file must still be what was loaded or saved last.
      if path == state.filePath, let known = state.diskStamp, let now = files.stamp(path),
        now.contentDiffers(from: known)
      {
        return .changedOnDisk(theirs: try? files.loadBoard(path), stamp: now, saving: true, thenQuit: thenQuit)
      }
      // A file that did not exist when the board was opened, and does now.
      if path == state.filePath, state.diskStamp == nil, let now = files.stamp(path) {
        return .changedOnDisk(theirs: try? files.loadBoard(path), stamp: now, saving: true, thenQuit: thenQuit)
      }
      return save(board, to: path, thenQuit: thenQuit, state: state)
    case .overwrite(let board, let path, let thenQuit):
      return save(board, to: path, thenQuit: thenQuit, state: state)
    case .checkDisk(let path, let known):
      guard let identity = files.identity(path) else {
        return .changedOnDisk(theirs: nil, stamp: nil, saving: false, thenQuit: false)
      }
      if identity == known.identity { return nil }
      guard let now = files.stamp(path) else { return nil }
      if !now.contentDiffers(from: known) { return .sameOnDisk(now) }
      return .changedOnDisk(theirs: try? files.loadBoard(path), stamp: now, saving: false, thenQuit: false)
    case .keepCopy(let board):
      guard let dataFolder else { return .failed("No data folder (HOME unset): your version was not kept") }
      let base = Recovery.path(for: state.filePath.map(absolute), dataFolder: dataFolder)
      var n = 1
      while files.exists(Recovery.copyPath(base, number: n)) { n += 1 }
      let path = Recovery.copyPath(base, number: n)
      do {
        try files.write(BoardEncoder.encode(board), to: path)
        return .info("Reloaded; your version is kept in \(path) (u brings it back)")
      } catch {
        return .failed("Your version could not be kept: \(FileMessages.describe(error))")
      }
    case .load(let path):
      do {
        let stamp = files.stamp(path)
        return .loaded(try files.loadBoard(path), path: path, stamp: stamp)
      } catch {
        return .failed("Cannot open: \(FileMessages.describe(error))")
      }
    case .export(let board, let format, let path):
      let text = BoardExport.text(board, format: format, library: state.library)
      do {
        try files.write(text, to: path)
        return .info("Exported \(format.rawValue) to \(path)")
      } catch {
        return .failed("Export failed: \(FileMessages.describe(error))")
      }
    case .writeRecovery(let board, let version):
      guard let path = recoveryPath(for: state.filePath) else { return nil }
      do {
        try files.write(BoardEncoder.encode(board), to: path)
        return .recoveryWritten(version: version)
      } catch {
        return .failed("Cannot write the recovery file: \(FileMessages.describe(error))")
      }
    case .removeRecovery:
      if let path = recoveryPath(for: state.filePath), files.exists(path) { files.remove(path) }
      return nil
    case .writeText(let text, let path, let what):
      do {
        try files.write(text, to: path)
        return .info("Exported \(what) to \(path)")
      } catch {
        return .failed("Export failed: \(FileMessages.describe(error))")
      }
    case .recordPractice(let record):
      guard let dataFolder else { return .failed("The session is not in the history: no data folder (HOME unset)") }
      do {
        try PracticeHistory.append(record, toFolder: dataFolder)
        return nil
      } catch {
        return .failed("The session is not in the history: \(FileMessages.describe(error))")
      }
    case .editExternally, .quit, .redraw:
      return nil
    }
  }

  private func save(_ board: Board, to path: String, thenQuit: Bool, state: AppState) -> Action {
    do {
      try files.saveBoard(board, to: path)
    } catch {
      return .failed("Not saved: \(FileMessages.describe(error))")
    }
    if absolute(path) != state.filePath.map(absolute), let old = recoveryPath(for: state.filePath) {
      files.remove(old)
    }
    return .saved(board, path: path, thenQuit: thenQuit, stamp: files.stamp(path))
  }

  /// A recovery file left by an earlier session for this board, when it differs from the board.
  public func pendingRecovery(for boardPath: String?, board: Board) -> Board? {
    guard let path = recoveryPath(for: boardPath), files.exists(path),
      let recovered = try? files.loadBoard(path), recovered != board
    else { return nil }
    return recovered
  }
}

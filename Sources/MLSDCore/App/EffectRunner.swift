// Carries out the file effects of the app (save, load, export, recovery) and reports each result
// as an Action. Pure Swift over a BoardFiles, so tests run it against memory.

public struct EffectRunner {
  public var files: any BoardFiles
  /// The data folder for recovery files; nil when there is none (no HOME).
  public var dataFolder: String?
  /// Turns a path as typed into an absolute one (recovery files are keyed by absolute path).
  public var absolute: (String) -> String
  /// This scratch session's name (`Recovery.session`): the scratch board's recovery file is its own.
  public var scratchSession: String
  /// The live mlsd, other than this one, that holds a lock file (nil: none, stale, or this
  /// process's own). Tests give their own; the default reads the lock file on disk.
  public var lockHolder: (String) -> BoardLock?
  /// Writes this process's lock file at a path; false when it cannot. Tests give their own.
  public var takeLock: (String) -> Bool
  /// Removes this process's lock file at a path (never another's).
  public var releaseLock: (String) -> Void

  public init(
    files: any BoardFiles, dataFolder: String?, absolute: @escaping (String) -> String,
    scratchSession: String = Recovery.thisSession,
    lockHolder: @escaping (String) -> BoardLock? = EffectRunner.otherLiveHolder,
    takeLock: @escaping (String) -> Bool = { (try? BoardLock.current().write(to: $0)) != nil },
    releaseLock: @escaping (String) -> Void = BoardLock.release
  ) {
    self.files = files
    self.dataFolder = dataFolder
    self.absolute = absolute
    self.scratchSession = scratchSession
    self.lockHolder = lockHolder
    self.takeLock = takeLock
    self.releaseLock = releaseLock
  }

  /// The holder of the lock file at `lockPath` when it is another process that is alive.
  public static func otherLiveHolder(_ lockPath: String) -> BoardLock? {
    guard let lock = BoardLock.read(lockPath), !lock.isMine, !lock.isStale else { return nil }
    return lock
  }

  /// The other mlsd that has the board at `path` open (its lock beside the recovery file).
  func holder(of path: String) -> BoardLock? {
    lockPath(for: path).flatMap(lockHolder)
  }

  /// The lock file for a board path (nil: this session's scratch board); nil without a data folder.
  public func lockPath(for boardPath: String?) -> String? {
    dataFolder.map { Recovery.lockPath(for: boardPath.map(absolute), dataFolder: $0, session: scratchSession) }
  }

  /// The lock beside this session's recovery file for a board file, which tells another session
  /// that the file is no orphan (nil for a scratch board: its lock is the one `moveLock` holds).
  public func sessionLockPath(for boardPath: String?) -> String? {
    guard boardPath != nil else { return nil }
    return recoveryPath(for: boardPath).map(BoardLock.path(forRecovery:))
  }

  /// Moves this session's lock to where the board lives now (`boardPath`: after `:w FILE`, Save
  /// as or `:e FILE` it is another file): the lock of `held` is released, so that the old file is
  /// free, and the new one is taken, so that a second mlsd opening it is warned. A new path that
  /// another live mlsd holds is not taken over; the answer's note says so. Returns the lock now
  /// held.
  public func moveLock(held: String?, to boardPath: String?) -> (held: String?, note: String?) {
    let wanted = lockPath(for: boardPath)
    guard wanted != held else { return (held, nil) }
    if let held { releaseLock(held) }
    guard let wanted else { return (nil, nil) }
    if let holder = lockHolder(wanted) {
      let name = boardPath ?? "the scratch board"
      return (
        nil, "\(name) is also open in another mlsd (\(holder.description)); mlsd asks before overwriting its saves"
      )
    }
    return (takeLock(wanted) ? wanted : nil, nil)
  }

  /// The reply for a board file that holds other bytes now: its board, or why it does not load.
  private func changed(_ path: String, stamp: FileStamp, saving: Bool, thenQuit: Bool) -> Action {
    do {
      return .changedOnDisk(theirs: try files.loadBoard(path), stamp: stamp, saving: saving, thenQuit: thenQuit)
    } catch {
      return .changedOnDisk(
        theirs: nil, stamp: stamp, saving: saving, thenQuit: thenQuit, problem: FileMessages.describe(error))
    }
  }

  /// Whether `path` names the open board's own file.
  func isOwnFile(_ path: String, _ state: AppState) -> Bool {
    state.filePath.map(absolute) == absolute(path)
  }

  /// Why a write to `path`, which is not the board's own file, must not happen or must be asked
  /// about first; nil when it may go ahead. `then` is the write to do once the person says yes.
  private func guardOtherFile(_ path: String, replacing: Bool, failure: String, then: Effect) -> Action? {
    if let holder = holder(of: path) {
      return .failed("\(failure): \(path) is a board open in another mlsd (\(holder.description))")
    }
    if !replacing && files.exists(path) { return .confirmReplace(path: path, then: then) }
    return nil
  }

  /// The recovery file for a board path (nil: this session's scratch board).
  public func recoveryPath(for boardPath: String?) -> String? {
    dataFolder.map { Recovery.path(for: boardPath.map(absolute), dataFolder: $0, session: scratchSession) }
  }

  /// Carries out one effect; nil for effects this runner does not handle (quit, the editor) or
  /// that need no reply.
  public func run(_ effect: Effect, state: AppState) -> Action? {
    switch effect {
    case .save(let board, let path, let thenQuit) where !isOwnFile(path, state):
      // Another file: never one another mlsd has open; an existing one only when the person says so.
      let then = Effect.overwrite(board, path: path, thenQuit: thenQuit)
      if let answer = guardOtherFile(path, replacing: false, failure: "Not saved", then: then) { return answer }
      return save(board, to: path, thenQuit: thenQuit, state: state)
    case .save(let board, let path, let thenQuit):
      // The check and the write under one lock: another mlsd's save cannot land between them.
      return files.whileSaving(path) {
        // Never over someone else's change: the file must still be what was loaded or saved last.
        if path == state.filePath, let known = state.diskStamp, let now = files.stamp(path),
          now.contentDiffers(from: known)
        {
          return changed(path, stamp: now, saving: true, thenQuit: thenQuit)
        }
        // A file that did not exist when the board was opened, and does now.
        if path == state.filePath, state.diskStamp == nil, let now = files.stamp(path) {
          return changed(path, stamp: now, saving: true, thenQuit: thenQuit)
        }
        return save(board, to: path, thenQuit: thenQuit, state: state)
      }
    case .overwrite(let board, let path, let thenQuit):
      if !isOwnFile(path, state), let holder = holder(of: path) {
        return .failed("Not saved: \(path) is a board open in another mlsd (\(holder.description))")
      }
      return save(board, to: path, thenQuit: thenQuit, state: state)
    case .checkDisk(let path, let known):
      guard let identity = files.identity(path) else {
        return .changedOnDisk(theirs: nil, stamp: nil, saving: false, thenQuit: false)
      }
      if identity == known.identity { return nil }
      guard let now = files.stamp(path) else { return nil }
      if !now.contentDiffers(from: known) { return .sameOnDisk(now) }
      return changed(path, stamp: now, saving: false, thenQuit: false)
    case .keepCopy(let board):
      guard let dataFolder else { return .failed("No data folder (HOME unset): your version was not kept") }
      let base = Recovery.path(for: state.filePath.map(absolute), dataFolder: dataFolder, session: scratchSession)
      var n = 1
      while files.exists(Recovery.copyPath(base, number: n)) { n += 1 }
      let path = Recovery.copyPath(base, number: n)
      do {
        try files.writeOwn(BoardEncoder.encode(board), to: path)
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
    case .export(let board, let format, let path, let replacing):
      if isOwnFile(path, state) {
        return .failed("Not exported: \(path) is this board's own file; give the export another name")
      }
      let then = Effect.export(board, format: format, path: path, replacing: true)
      if let answer = guardOtherFile(path, replacing: replacing, failure: "Not exported", then: then) { return answer }
      // Routed afresh as `mlsd export` does, so that both write the same file; once, for the text
      // and for the note on simple routes.
      let drawn = format.drawsRoutes ? Diagram(board: board).clearOfCorners() : nil
      let text = BoardExport.text(board, format: format, library: state.library, diagram: drawn)
      do {
        try files.write(text, to: path)
        let said = "Exported \(format.rawValue) to \(path)" + (drawn.map(BoardExport.simpleRoutesNote) ?? "")
        guard let cut = drawn.flatMap({ BoardExport.labelNote($0, format: format) }) else { return .info(said) }
        return .warned(said + "; " + cut)
      } catch {
        return .failed("Export failed: \(FileMessages.describe(error))")
      }
    case .writeRecovery(let board, let version):
      guard let path = recoveryPath(for: state.filePath) else { return nil }
      // The lock first: a session opening the board meanwhile must never take the file for an orphan.
      if let lock = sessionLockPath(for: state.filePath), !files.exists(lock) { _ = takeLock(lock) }
      do {
        try files.writeOwn(BoardEncoder.encode(board), to: path)
        return .recoveryWritten(version: version)
      } catch {
        return .failed("Cannot write the recovery file: \(FileMessages.describe(error))")
      }
    case .removeRecovery:
      removeOwnRecovery(for: state.filePath)
      return nil
    case .adoptRecovery(let old, let board, let version):
      guard let path = recoveryPath(for: state.filePath) else { return nil }
      do {
        try files.writeOwn(BoardEncoder.encode(board), to: path)
      } catch {
        return .failed("Cannot write the recovery file (the old one is kept): \(FileMessages.describe(error))")
      }
      if old != path { removeOrphan(old) }
      return .recoveryWritten(version: version)
    case .discardRecovery(let old):
      removeOrphan(old)
      return nil
    case .writeText(let text, let path, let what, let replacing):
      if isOwnFile(path, state) {
        return .failed("Not exported: \(path) is this board's own file; give \(what) another name")
      }
      let then = Effect.writeText(text, path: path, what: what, replacing: true)
      if let answer = guardOtherFile(path, replacing: replacing, failure: "Not exported", then: then) { return answer }
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
    case .editExternally, .quit, .redraw, .openAnyway:
      return nil
    }
  }

  private func save(_ board: Board, to path: String, thenQuit: Bool, state: AppState) -> Action {
    // The board's own file may hold comments written by hand; the save writes the board alone.
    // Another spelling of its path ("./b.yaml") is the same file.
    let comments = isOwnFile(path, state) ? files.text(state.filePath ?? path).map(YAMLComments.count) ?? 0 : 0
    do {
      try files.saveBoard(board, to: path)
    } catch {
      let folder = AtomicWriter.directory(of: path)
      if !files.isFolder(folder) {
        return .failed(
          "Not saved: the folder \(folder) no longer exists (deleted or moved); :w FILE saves the board elsewhere")
      }
      return .failed("Not saved: \(FileMessages.describe(error))")
    }
    if absolute(path) != state.filePath.map(absolute) { removeOwnRecovery(for: state.filePath) }
    return .saved(board, path: path, thenQuit: thenQuit, stamp: files.stamp(path), droppedComments: comments)
  }

  /// This session's recovery file for a board and the lock beside it (a scratch board's lock is
  /// the one the session holds, and stays).
  private func removeOwnRecovery(for boardPath: String?) {
    if let path = recoveryPath(for: boardPath), files.exists(path) { files.remove(path) }
    if let lock = sessionLockPath(for: boardPath) { releaseLock(lock) }
  }

  /// Releases the lock beside this session's recovery file for a board file when the session
  /// ends: a recovery file it leaves (a signal ended it) is then an orphan, offered at the next open.
  public func endSession(boardPath: String?) {
    if let lock = sessionLockPath(for: boardPath) { releaseLock(lock) }
  }

  /// An ended session's recovery file and the lock it left (a killed session leaves one).
  private func removeOrphan(_ path: String) {
    files.remove(path)
    let lock = BoardLock.path(forRecovery: path)
    if files.exists(lock) { files.remove(lock) }
  }

  /// Unsaved work of scratch sessions that ended without saving, newest first: every scratch
  /// recovery file in the folder but this session's own and those whose session `isLive` says
  /// still runs (the runtime asks the lock beside the file). Files that do not load are left alone.
  public func orphanedScratchRecoveries(isLive: (String) -> Bool) -> [ScratchRecovery] {
    guard let dataFolder, let own = recoveryPath(for: nil) else { return [] }
    let folder = Recovery.folder(dataFolder)
    let names = files.list(folder).filter(Recovery.isScratchFile).sorted {
      (Recovery.started(ofScratchFile: $0), $0) > (Recovery.started(ofScratchFile: $1), $1)
    }
    var out: [ScratchRecovery] = []
    for name in names {
      let path = "\(folder)/\(name)"
      guard path != own, !isLive(path), let board = try? files.loadBoard(path) else { continue }
      out.append(ScratchRecovery(path: path, board: board))
    }
    return out
  }

  /// The recovery files that ended sessions left for a board file, newest first: every session's
  /// file for it but this session's own and those whose lock a live mlsd holds, then the file of
  /// versions before one file per session (`<hash>.yaml`) unless another live mlsd has the board
  /// open (it may be an older version writing it).
  func orphanedRecoveries(for boardPath: String) -> [String] {
    guard let dataFolder, let own = recoveryPath(for: boardPath) else { return [] }
    let shared = Recovery.boardPath(for: absolute(boardPath), dataFolder: dataFolder)
    let folder = Recovery.folder(dataFolder)
    let boardFile = String(shared.split(separator: "/").last ?? "")
    let names = files.list(folder).filter { Recovery.isSessionFile($0, ofBoard: boardFile) }.sorted {
      (Recovery.started(ofScratchFile: $0), $0) > (Recovery.started(ofScratchFile: $1), $1)
    }
    var out = names.map { "\(folder)/\($0)" }.filter {
      $0 != own && lockHolder(BoardLock.path(forRecovery: $0)) == nil
    }
    if files.exists(shared), holder(of: boardPath) == nil { out.append(shared) }
    return out
  }

  /// The unsaved work to offer when the board opens, and the file it is in: the newest orphaned
  /// recovery file that differs from the board, else the first work set aside for later that
  /// does. One equal to the board is already saved, and is removed. A live session's file is
  /// never offered, so another writer's unsaved work is never taken or deleted.
  public func recoveryOffer(for boardPath: String?, board: Board) -> (board: Board, from: String)? {
    guard let boardPath, let dataFolder else { return nil }
    for path in orphanedRecoveries(for: boardPath) {
      guard let recovered = try? files.loadBoard(path) else { continue }
      if recovered != board { return (recovered, path) }
      removeOrphan(path)
    }
    let shared = Recovery.boardPath(for: absolute(boardPath), dataFolder: dataFolder)
    let folder = AtomicWriter.directory(of: shared)
    let numbers = files.list(folder).compactMap { Recovery.laterNumber(of: $0, beside: shared) }.sorted()
    for n in numbers {
      let later = Recovery.laterPath(shared, number: n)
      guard let kept = try? files.loadBoard(later) else { continue }
      if kept != board { return (kept, later) }
      files.remove(later)
    }
    return nil
  }
}

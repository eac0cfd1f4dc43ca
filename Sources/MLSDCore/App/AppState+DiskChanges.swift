// When the board file changes on disk under the app (a second mlsd, another editor, git pull):
// noticed before each save and on idle ticks. With no unsaved edits the app reloads and says so
// (also when the file comes back after it was deleted); with unsaved edits, or when a save found
// the change, it asks: reload theirs (a copy of mine is kept), overwrite, save as another file, or
// merge (BoardMerge; conflicts are shown and decided). A file deleted, and one that no longer
// loads as a board (with the reason, FILE:LINE:COLUMN), are told apart.

extension AppState {
  /// Seconds between looks at the file on disk while the app is idle (a stat; the bytes are read
  /// only when the identity or modification time changed).
  static let diskCheckInterval = 0.5

  /// Asks the runtime to compare the file with its stamp, now and then, when nothing is asked.
  mutating func scheduleDiskCheck() {
    guard let path = filePath, let stamp = diskStamp, now - lastDiskCheck >= AppState.diskCheckInterval else {
      return
    }
    // Only between edits: a question (or a reload) never takes over a prompt being typed in, a
    // box being moved (by keys, or by a mouse drag whose release has not come: ending it puts
    // back the board it started from, which would undo a reload) or another question.
    guard mode == .normal, drag == nil else { return }
    lastDiskCheck = now
    effects.append(.checkDisk(path: path, stamp: stamp))
  }

  mutating func changedOnDisk(
    theirs: Board?, stamp: FileStamp?, saving: Bool, thenQuit: Bool, problem: String? = nil
  ) {
    let name = filePath ?? "the file"
    diskProblem = theirs == nil && stamp != nil ? problem : nil
    if !saving {
      // A change already answered (Esc, or a choice that failed) is not asked about again until
      // the file changes again; a deleted file stays one change while it stays deleted.
      if declinedChange == DiskChange(stamp) { return }
      if !isDirty {
        guard let theirs else {
          // Said once, and followed on: a file that comes back, or loads again, is a new change,
          // reloaded as any is. Both keep the stamp the board was loaded with, so that Ctrl-S
          // still sees the change: writing a deleted file again is asked about like any other
          // write over a change, and so is writing over one that no longer loads (someone's
          // half-done edit, a merge's conflict markers: theirs is not overwritten unasked).
          declinedChange = DiskChange(stamp)
          message = StatusMessage(
            stamp == nil
              ? "\(name) was deleted; Ctrl-S writes the board again"
              : "\(name) no longer loads: \(problem ?? "it is not a board"); Ctrl-S asks before writing over it",
            tone: .warning)
          return
        }
        reload(theirs, stamp: stamp)
        message = StatusMessage("Reloaded \(name): it changed on disk", tone: .ok)
        return
      }
      // Found by an idle look, not asked for by a key: typing under way does not answer it.
      return ask(.fileChanged(theirs: theirs, stamp: stamp, thenQuit: thenQuit))
    }
    mode = .confirm(.fileChanged(theirs: theirs, stamp: stamp, thenQuit: thenQuit))
  }

  /// The file's board the board on screen was made from: the common ancestor for a merge.
  var mergeBase: Board { document.mergeBase ?? cleanBoard }

  /// The board on screen now holds another writer's board (reloaded or merged).
  private mutating func tookIn() {
    document.intake += 1
    document.boardIntake = document.intake
    document.mergeBase = nil
  }

  /// Takes the file's board as the board and as what is on disk, keeping the view where it is.
  private mutating func reload(_ theirs: Board, stamp: FileStamp?) {
    edit { $0 = theirs }
    tookIn()
    cleanBoard = theirs
    diskStamp = stamp
    declinedChange = nil
    validateSelection()
    if selection == nil { selection = Selection.start(of: board) }
  }

  mutating func handleFileChanged(_ key: Key, theirs: Board?, stamp: FileStamp?, thenQuit: Bool) {
    guard let path = filePath else {
      mode = .normal
      return
    }
    switch key {
    case .char("r") where theirs != nil:
      mode = .normal
      if isDirty { effects.append(.keepCopy(board)) }
      reload(theirs!, stamp: stamp)
      message = StatusMessage("Reloaded \(path) (u brings your version back)", tone: .ok)
    case .char("o"):
      mode = .normal
      // Answered: when the write fails (the folder is gone too), the failure is said once and the
      // person is free to save elsewhere or quit, not asked again while nothing changes.
      declinedChange = DiskChange(stamp)
      effects.append(.overwrite(board, path: path, thenQuit: thenQuit))
    case .char("s"):
      declinedChange = DiskChange(stamp)
      mode = .saveAs(TextField(), thenQuit: thenQuit)
    case .char("m") where theirs != nil:
      let merge = BoardMerge(base: mergeBase, mine: board, theirs: theirs!)
      if merge.hasConflicts {
        mode = .confirm(
          .mergeConflicts(
            theirs: theirs!, stamp: stamp, thenQuit: thenQuit,
            settling: ConflictSettlement(count: merge.conflicts.count)))
      } else {
        applyMerge(merge, settling: ConflictSettlement(count: 0), theirs: theirs!, stamp: stamp, thenQuit: thenQuit)
      }
    case .escape, .char("c"):
      mode = .normal
      declinedChange = DiskChange(stamp)
      message = StatusMessage(
        stamp == nil
          ? "Not saved: \(path) was deleted; your edits are kept (Ctrl-S writes it again, :w FILE elsewhere)"
          : "Not saved: \(path) changed on disk (Ctrl-S asks again)",
        tone: .warning)
    case .char("q"), .ctrl("c"), .ctrl("q"):
      // Leaving is always possible: as from the board, with the question about unsaved edits.
      mode = .normal
      declinedChange = DiskChange(stamp)
      requestQuit(force: false)
    default:
      break
    }
  }

  /// One conflict at a time: m / t settle the one shown, M / T it and every one after it,
  /// Backspace takes the last choice back, Esc returns to the choices. The merge is made (one
  /// undo step) once every conflict is settled.
  mutating func handleMergeConflicts(
    _ key: Key, theirs: Board, stamp: FileStamp?, thenQuit: Bool, settling: ConflictSettlement
  ) {
    var settling = settling
    switch key {
    case .char("m"): settling.choose(.mine)
    case .char("t"): settling.choose(.theirs)
    case .char("b"):
      // Keep both: for a text (notes) only; BoardMerge keeps mine for anything else.
      let merge = BoardMerge(base: mergeBase, mine: board, theirs: theirs)
      guard let i = settling.current, merge.conflicts.indices.contains(i), merge.conflicts[i].isText else { return }
      settling.choose(.both)
    case .char("M"): settling.chooseRest(.mine)
    case .char("T"): settling.chooseRest(.theirs)
    case .backspace:
      guard settling.back() else { return }
    case .escape:
      mode = .confirm(.fileChanged(theirs: theirs, stamp: stamp, thenQuit: thenQuit))
      return
    default:
      return
    }
    if settling.isDone {
      let merge = BoardMerge(base: mergeBase, mine: board, theirs: theirs)
      applyMerge(merge, settling: settling, theirs: theirs, stamp: stamp, thenQuit: thenQuit)
    } else {
      mode = .confirm(.mergeConflicts(theirs: theirs, stamp: stamp, thenQuit: thenQuit, settling: settling))
    }
  }

  /// The merged board becomes the board (one undo step), the file's board what is on disk, and
  /// the merge is saved at once: the file then holds both sides' work.
  private mutating func applyMerge(
    _ merge: BoardMerge, settling: ConflictSettlement, theirs: Board, stamp: FileStamp?, thenQuit: Bool
  ) {
    mode = .normal
    let (merged, dropped) = merge.result(choices: settling.choices)
    edit { $0 = merged }
    tookIn()
    cleanBoard = theirs
    diskStamp = stamp
    declinedChange = nil
    if let path = filePath { effects.append(.save(board, path: path, thenQuit: thenQuit)) }
    var text = "Merged with the changes on disk"
    if merge.hasConflicts {
      text += "; \(merge.conflicts.count) conflict(s) settled: \(settling.summary) (u undoes the merge)"
    }
    if !dropped.isEmpty {
      text += "; dropped arrows to deleted boxes: " + dropped.joined(separator: ", ")
    }
    message = StatusMessage(text, tone: .ok)
    saveNote = text
  }
}

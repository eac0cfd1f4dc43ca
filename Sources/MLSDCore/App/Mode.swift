// What the editor is doing right now (the mode shown in the status line) and what is selected.

/// The selected thing: a box, an arrow (remembering the box it was reached from, so that Tab
/// keeps cycling that box's arrows), or a group (remembering the box it was reached from, so that
/// Esc goes back to it).
public enum Selection: Hashable, Sendable {
  case box(String)
  case arrow(Int, anchor: String?)
  case group(String, anchor: String?)
}

/// The text a label editor changes.
public enum LabelTarget: Hashable, Sendable {
  case boxLabel(String)
  case boxDetail(String)
  case arrowLabel(Int)
  case title
  /// The title of an existing group.
  case groupTitle(String)
  /// The title of a group about to be made of these boxes.
  case newGroup([String])
}

/// A yes/no question the app waits on.
public enum Question: Hashable, Sendable {
  /// Quit although there are unsaved changes: y saves first, n discards, Esc stays.
  case quitUnsaved
  /// A recovery file (`from`) holds unsaved work of a session that ended (or set aside for later
  /// by an older version): y restores it, n deletes that file, Esc leaves it, and it is offered
  /// again the next time the board is opened.
  case restoreRecovery(Board, from: String? = nil)
  /// Scratch sessions that ended without saving left these boards (the first is asked about):
  /// y restores it, n discards it and asks about the next, Esc keeps them all for next time.
  case restoreScratch([ScratchRecovery])
  /// `:e FILE` with unsaved changes: y discards them and opens the file.
  case discardAndOpen(String)
  /// A save or export would replace this existing file: y carries out the write (`then`).
  case replaceFile(String, then: Effect)
  /// The board file changed on disk while there are unsaved edits (or a save was asked for):
  /// reload theirs keeping a copy of mine, overwrite, save as another file, or merge.
  case fileChanged(theirs: Board?, stamp: FileStamp?, thenQuit: Bool)
  /// A merge found things both sides changed: each is shown with both versions and settled in
  /// turn (keep mine or take theirs, for it or for it and the rest).
  case mergeConflicts(theirs: Board, stamp: FileStamp?, thenQuit: Bool, settling: ConflictSettlement)
  /// Another live mlsd has this board open (`holder` says which): r watches it read-only, o opens
  /// it anyway (takes the lock, then offers any recovery), q quits.
  case lockHeld(holder: String)
}

/// The editor's modes.
public enum Mode: Hashable, Sendable {
  case normal
  /// Adding a box: the palette filtered by the typed text; `index` is the highlighted kind.
  case palette(query: TextField, index: Int)
  /// Declaring the kind of box `box`: the palette of kinds ranked for it, filtered by the typed
  /// text; `index` is the highlighted choice (the last one may clear a declared kind).
  case kind(box: String, query: TextField, index: Int)
  case label(LabelTarget, TextField)
  /// Connecting `from` to a target chosen by moving or by typing part of its label. `chosen` is
  /// false while the target is the one `c` offered: the first arrow key then looks from `from`,
  /// later ones from the target.
  case connect(from: String, target: String?, query: TextField, chosen: Bool = false)
  /// Adding `boxes` to a group chosen by moving through the groups or by typing part of its title.
  case joinGroup(boxes: [String], target: String?, query: TextField)
  /// Moving or resizing the selected box; `original` is the board before, for Esc and undo.
  case move(original: Board)
  case resize(original: Board)
  case notes(Step, TextArea)
  case command(TextField)
  case find(TextField, previous: Selection?)
  /// Asking for a file name to save to; `thenQuit` quits after a successful save.
  case saveAs(TextField, thenQuit: Bool)
  case confirm(Question)

  /// The step and text of the open notes editor, if it is open.
  public var notesDraft: (step: Step, text: String)? {
    if case .notes(let step, let area) = self { return (step, area.text) }
    return nil
  }

  /// The name shown in the status line.
  public var name: String {
    switch self {
    case .normal: "NORMAL"
    case .palette: "ADD"
    case .kind: "KIND"
    case .label(.boxDetail, _): "DETAIL"
    case .label(.title, _): "TITLE"
    case .label(.groupTitle, _), .label(.newGroup, _), .joinGroup: "GROUP"
    case .label: "LABEL"
    case .connect: "CONNECT"
    case .move: "MOVE"
    case .resize: "RESIZE"
    case .notes: "NOTES"
    case .command: "COMMAND"
    case .find: "FIND"
    case .saveAs: "SAVE AS"
    case .confirm: "CONFIRM"
    }
  }
}

/// The tabs of the side panel.
public enum PanelTab: String, Hashable, Sendable, CaseIterable {
  case steps = "Steps"
  case checklist = "Checklist"
  case palette = "Palette"
}

/// A message in the status line.
public struct StatusMessage: Hashable, Sendable {
  public enum Tone: Hashable, Sendable { case info, ok, warning, error }
  public var text: String
  public var tone: Tone
  public init(_ text: String, tone: Tone = .info) {
    self.text = text
    self.tone = tone
  }
}

/// A mouse gesture in progress.
public enum Drag: Hashable, Sendable {
  /// Moving a box grabbed at `grab` (the offset of the pointer inside the box).
  case moving(String, grab: GridPoint, original: Board)
  /// Moving every box of a group grabbed by its title; `last` is the board cell under the pointer.
  case movingGroup(String, last: GridPoint, original: Board)
  /// Drawing an arrow from a box whose border was grabbed; `to` is the cell under the pointer.
  case connecting(String, to: GridPoint)
  /// Panning the canvas from an empty spot.
  case panning(last: GridPoint)
}

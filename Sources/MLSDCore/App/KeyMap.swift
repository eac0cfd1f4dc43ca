// The keys of normal mode and what they do, in one table that also feeds the help overlay, so
// that help lists every key the editor knows.

/// A command of normal mode.
public enum Command: Hashable, Sendable {
  case select(Direction)
  case pan(Direction)
  case add, editLabel, editDetail, connect, move, resize, delete
  /// Declares the selected box's component kind from the palette (or clears it).
  case setKind
  case undo, redo, layout
  case nextArrow, previousArrow, reverseArrow
  case copy, paste, find, findNext
  case notes(Step), externalNotes
  case commandLine, save, quit, help
  case nextTab, togglePanel, deselect, editTitle, home, redraw, nextFinding, arrowStyle
  /// Scrolls the side panel by pages (negative: up).
  case panelPage(Int)
  /// The interviewer's current follow-up: answer it in its step's notes, or skip it.
  case answerFollowUp, skipFollowUp
}

public enum KeyMap {
  /// The command a key stands for in normal mode.
  public static func command(for key: Key) -> Command? {
    switch key {
    case .up, .char("k"): .select(.up)
    case .down, .char("j"): .select(.down)
    case .left, .char("h"): .select(.left)
    case .right, .char("l"): .select(.right)
    case .shiftUp: .pan(.up)
    case .shiftDown, .char("J"): .pan(.down)
    case .shiftLeft, .char("H"): .pan(.left)
    case .shiftRight: .pan(.right)
    case .char("a"): .add
    case .char("K"): .setKind
    case .enter, .char("i"): .editLabel
    case .char("d"): .editDetail
    case .char("c"): .connect
    case .char("m"): .move
    case .char("r"): .resize
    case .char("x"), .delete: .delete
    case .char("u"), .ctrl("z"): .undo
    case .ctrl("r"), .ctrl("y"): .redo
    case .char("L"): .layout
    case .tab: .nextArrow
    case .backTab: .previousArrow
    case .char("R"): .reverseArrow
    case .char("y"): .copy
    case .char("p"): .paste
    case .char("/"): .find
    case .char("n"): .findNext
    case .char(let c) where ("1"..."7").contains(c):
      Step(number: Int(String(c)) ?? 0).map { .notes($0) }
    case .char("E"): .externalNotes
    case .char(":"): .commandLine
    case .ctrl("s"): .save
    case .char("q"), .ctrl("c"), .ctrl("q"): .quit
    case .char("?"), .function(1): .help
    case .char("t"): .nextTab
    case .char("P"): .togglePanel
    case .escape: .deselect
    case .char("T"): .editTitle
    case .char("g"), .home: .home
    case .ctrl("l"): .redraw
    case .char("f"): .nextFinding
    case .char("s"): .arrowStyle
    case .pageDown: .panelPage(1)
    case .pageUp: .panelPage(-1)
    case .char("A"): .answerFollowUp
    case .char("S"): .skipFollowUp
    default: nil
    }
  }

  /// One line of the help overlay.
  public struct Entry: Hashable, Sendable {
    public var keys: String
    public var meaning: String
  }

  /// Every key, grouped as the help overlay shows them.
  public static let help: [(title: String, entries: [Entry])] = [
    (
      "Move around",
      [
        Entry(keys: "←↓↑→ / hjkl", meaning: "select the nearest box that way"),
        Entry(keys: "Shift+arrows / H J", meaning: "pan the canvas (H left, J down)"),
        Entry(keys: "Tab / Shift+Tab", meaning: "select the next / previous arrow of the box"),
        Entry(keys: "/ then text, n", meaning: "find a box by label, find the next one"),
        Entry(keys: "Esc", meaning: "back to the box / clear the selection"),
        Entry(keys: "g / Home", meaning: "back to the top-left of the board"),
      ]
    ),
    (
      "Edit the diagram",
      [
        Entry(keys: "a", meaning: "add a box: type to filter kinds and aliases, Enter"),
        Entry(keys: "Enter / i", meaning: "edit the label of the box or arrow in place"),
        Entry(keys: "d", meaning: "edit the detail line (technology) of the box"),
        Entry(keys: "K", meaning: "set the box's component kind: type to filter, Enter"),
        Entry(keys: "c", meaning: "connect: move or type the target's label, Enter"),
        Entry(keys: "m", meaning: "move the box: arrows (Shift: bigger steps), Enter"),
        Entry(keys: "r", meaning: "resize the box: arrows, Enter (Esc cancels)"),
        Entry(keys: "x / Delete", meaning: "delete the box with its arrows, or the arrow"),
        Entry(keys: "R", meaning: "reverse the selected arrow"),
        Entry(keys: "s", meaning: "arrow style: solid, dashed, thick"),
        Entry(keys: "y / p", meaning: "copy the box / paste a copy next to the selection"),
        Entry(keys: "L", meaning: "auto-layout the whole board to read at a glance"),
        Entry(keys: "T", meaning: "edit the board title"),
        Entry(keys: "u / Ctrl-Z", meaning: "undo"),
        Entry(keys: "Ctrl-R / Ctrl-Y", meaning: "redo"),
      ]
    ),
    (
      "Notes and panel",
      [
        Entry(keys: "1 – 7", meaning: "edit the notes of that step (Esc or Ctrl-S ends)"),
        Entry(keys: "E", meaning: "edit the current step's notes in $VISUAL / $EDITOR"),
        Entry(keys: "t", meaning: "next panel tab: steps, checklist, palette"),
        Entry(keys: "f", meaning: "next thing the checklist misses, with its fix (then a adds it)"),
        Entry(keys: "P", meaning: "hide or show the side panel"),
        Entry(keys: "Ctrl-L", meaning: "redraw the whole screen"),
        Entry(keys: "PgUp / PgDn", meaning: "scroll the side panel (also the wheel over it)"),
        Entry(keys: "A / S", meaning: "answer the interviewer's follow-up in its step's notes / skip it"),
        Entry(keys: "click in the panel", meaning: "open a step's notes, add a palette component"),
      ]
    ),
    (
      "Files and commands",
      [
        Entry(keys: "Ctrl-S", meaning: "save (asks for a file name on a scratch board)"),
        Entry(keys: "q / Ctrl-C", meaning: "quit (asks when there are unsaved changes)"),
        Entry(keys: ":w [FILE]", meaning: "save, or save as FILE"),
        Entry(keys: ":q  :q!  :wq", meaning: "quit, quit discarding changes, save and quit"),
        Entry(keys: ":e FILE", meaning: "open another board file"),
        Entry(keys: ":template ID", meaning: "check the board against a template"),
        Entry(keys: ":check", meaning: "show the checklist and the score"),
        Entry(keys: ":export FMT FILE", meaning: "export (ascii, markdown, mermaid, dot, svg...)"),
        Entry(keys: ":theme NAME", meaning: "switch colour theme"),
        Entry(keys: ":layout [lr|tb]", meaning: "auto-layout left to right or top to bottom"),
        Entry(keys: ":title TEXT", meaning: "rename the board"),
        Entry(keys: ":hints  :done", meaning: "practice: checklist on/off, end the session and review"),
        Entry(keys: ":export review FILE", meaning: "practice: save the review as Markdown"),
        Entry(keys: ":ask  :skip", meaning: "ask the next follow-up question, skip the open one"),
        Entry(keys: ":help / ?", meaning: "this help"),
      ]
    ),
    (
      "Mouse",
      [
        Entry(keys: "click", meaning: "select a box or an arrow"),
        Entry(keys: "drag inside a box", meaning: "move it"),
        Entry(keys: "drag from a border", meaning: "connect it to the box you release on"),
        Entry(keys: "drag on empty space", meaning: "pan the canvas"),
        Entry(keys: "double-click", meaning: "edit the label"),
        Entry(keys: "click in the a list", meaning: "add that kind of box"),
        Entry(keys: "wheel", meaning: "pan up and down"),
      ]
    ),
  ]

  /// The keys the status line suggests in each mode.
  public static func hints(for mode: Mode, selection: Selection?) -> String {
    switch mode {
    case .normal:
      switch selection {
      case .box: "K kind  Enter label  c connect  m move  x del  u undo  a add  1-7 notes  : cmd  ? help"
      case .arrow: "Enter label  R reverse  s style  x delete  Tab next arrow  Esc back  ? help"
      case nil: "a add  hjkl select  1-7 notes  : command  Ctrl-S save  q quit  ? help"
      }
    case .palette: "type to filter  ↑↓ choose  Enter add  Esc cancel"
    case .kind: "type to filter  ↑↓ choose  Enter set the kind  Esc cancel"
    case .label: "Enter done  Esc cancel  ←→ Home End move  Backspace Delete"
    case .connect: "arrows or type a label to choose the target  Enter connect  Esc cancel"
    case .move: "arrows move (Shift: ×4)  Enter done  Esc cancel"
    case .resize: "arrows resize (Shift: ×4)  Enter done  Esc cancel"
    case .notes: "Esc or Ctrl-S done  arrows move  Enter new line  Ctrl-Z undo  Ctrl-Y redo"
    case .command: "Enter run  Esc cancel  (:w :q :wq :e :template :check :export :theme :help)"
    case .find: "type part of a label  Enter keep  Esc cancel"
    case .saveAs: "Enter save  Esc cancel"
    case .confirm(.quitUnsaved): "y save and quit  n quit without saving  Esc stay"
    case .confirm: "y yes  n no"
    }
  }
}

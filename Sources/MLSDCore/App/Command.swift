// What a key of the whiteboard asks for, once the key table has looked it up.

/// A command of normal mode (and of the practice review, which shares some).
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
  /// Groups: mark or unmark the box, group the marked boxes, put them into a group, take them out
  /// of their group, select the group around the box.
  case mark, newGroup, joinGroup, leaveGroup, selectGroup
  /// The interviewer's current follow-up: answer it in its step's notes, or skip it.
  case answerFollowUp, skipFollowUp
  /// The canvas's next zoom level: full boxes, compact boxes, fit to window.
  case zoom
}

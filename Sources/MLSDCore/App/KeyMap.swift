// The whiteboard's key table: every key of every mode, what it runs and how it is explained. Normal
// mode and the practice review dispatch by looking keys up here; the help overlay, the status-line
// hints, `mlsd keys` and the README's key reference are printed from it.

public enum KeyMap {
  /// The command a key stands for in normal mode.
  public static func command(for key: Key) -> Command? { table.command(for: key) }

  /// The keys the status line suggests in each mode.
  public static func hints(for mode: Mode, selection: Selection?) -> String {
    let context: HintContext =
      switch selection {
      case .box: .box
      case .arrow: .arrow
      case .group: .group
      case nil: .nothing
      }
    return table.hints(for: keyMode(of: mode), context: context)
  }

  /// What the status line suggests in a read-only window: only keys that work there (an edit key
  /// would only be refused).
  public static let readOnlyHints = "hjkl select  / find  n next  z zoom  ? help  q quit"

  /// The table's mode for an editor mode.
  public static func keyMode(of mode: Mode) -> KeyMode {
    switch mode {
    case .normal: .normal
    case .palette: .palette
    case .kind: .kind
    case .label, .find, .saveAs: .label
    case .connect: .connect
    case .joinGroup: .group
    case .move: .move
    case .resize: .resize
    case .notes: .notes
    case .command: .command
    case .confirm: .confirm
    }
  }

  private static func entries(_ section: String, _ mode: KeyMode, _ rows: [KeyEntry]) -> [KeyEntry] {
    rows.map { row in
      var entry = row
      entry.section = section
      entry.mode = mode
      return entry
    }
  }

  private static func key(_ keys: String, _ bindings: [KeyBinding], _ help: String, hint: KeyHint? = nil) -> KeyEntry {
    KeyEntry(mode: .normal, section: "", keys: keys, bindings: bindings, help: help, hint: hint)
  }

  /// An entry that only documents: the keys are handled by the mode's own editor.
  private static func key(_ keys: String, _ help: String, hint: KeyHint? = nil) -> KeyEntry {
    key(keys, [], help, hint: hint)
  }

  private static func b(_ command: Command, _ keys: Key...) -> [KeyBinding] { keys.map { KeyBinding($0, command) } }

  private static let steps: [KeyBinding] = (1...7).compactMap { n in
    Step(number: n).map { KeyBinding(.char(Character("\(n)")), .notes($0)) }
  }

  /// Every key, in the order the help overlay and the cheat sheet list them.
  public static let table = KeyTable(groups.flatMap { $0 })

  private static let groups: [[KeyEntry]] = [
    entries(
      "Move around", .normal,
      [
        key(
          "←↓↑→ / hjkl",
          b(.select(.up), .up, .char("k")) + b(.select(.down), .down, .char("j"))
            + b(.select(.left), .left, .char("h")) + b(.select(.right), .right, .char("l")),
          "select the nearest box that way", hint: KeyHint("hjkl", "select", rank: 12, when: [.nothing])),
        key(
          "Shift+arrows / H J",
          b(.pan(.up), .shiftUp) + b(.pan(.down), .shiftDown, .char("J")) + b(.pan(.left), .shiftLeft, .char("H"))
            + b(.pan(.right), .shiftRight),
          "pan the canvas (H left, J down)"),
        key(
          "Tab / Shift+Tab", b(.nextArrow, .tab) + b(.previousArrow, .backTab),
          "select the next / previous arrow of the box", hint: KeyHint("Tab", "next arrow", rank: 8, when: [.arrow])),
        key(
          "/ then text, n", b(.find, .char("/")) + b(.findNext, .char("n")),
          "find a box by label, find the next one"),
        key(
          "Esc", b(.deselect, .escape), "arrow, group: back to its box; box: let go (hjkl on)",
          hint: KeyHint("Esc", "back", rank: 9, when: [.arrow])),
        key("g / Home", b(.home, .char("g"), .home), "back to the top-left of the board"),
      ]),
    entries(
      "Edit the diagram", .normal,
      [
        key(
          "a", b(.add, .char("a")), "add a box: type its label or a kind, Enter",
          hint: KeyHint("a", "add", rank: 11, when: [.box, .nothing])),
        key(
          "Enter / i", b(.editLabel, .enter, .char("i")), "edit the label of the box or arrow in place",
          hint: KeyHint("Enter", "label", rank: 2, when: [.box, .arrow])),
        key("d", b(.editDetail, .char("d")), "edit the detail line (technology) of the box"),
        key(
          "K", b(.setKind, .char("K")), "set the box's component kind: type to filter, Enter",
          hint: KeyHint("K", "kind", rank: 1, when: [.box])),
        key(
          "c", b(.connect, .char("c")), "connect: move or type the target's label, Enter",
          hint: KeyHint("c", "connect", rank: 3, when: [.box])),
        key(
          "m", b(.move, .char("m")), "move the box: arrows (Shift: bigger steps), Enter",
          hint: KeyHint("m", "move", rank: 5, when: [.box])),
        key("r", b(.resize, .char("r")), "resize the box: arrows, Enter (Esc cancels)"),
        key(
          "x / Delete", b(.delete, .char("x"), .delete), "delete box (nearest selected) or arrow (back to box)",
          hint: KeyHint("x", "delete", rank: 7, when: [.box, .arrow])),
        key(
          "R", b(.reverseArrow, .char("R")), "reverse the selected arrow (it stays selected)",
          hint: KeyHint("R", "reverse", rank: 4, when: [.arrow])),
        key(
          "s", b(.arrowStyle, .char("s")), "arrow style: solid, dashed, thick",
          hint: KeyHint("s", "style", rank: 6, when: [.arrow])),
        key("y / p", b(.copy, .char("y")) + b(.paste, .char("p")), "copy the box / paste a copy next to the selection"),
        key("paste text", "adds a box: line 1 its label, the rest its detail"),
        key("L", b(.layout, .char("L")), "auto-layout the whole board to read at a glance"),
        key("T", b(.editTitle, .char("T")), "edit the board title"),
        key(
          "u / Ctrl-Z", b(.undo, .char("u"), .ctrl("z")), "undo",
          hint: KeyHint("u", "undo", rank: 10, when: [.box])),
        key("Ctrl-R / Ctrl-Y", b(.redo, .ctrl("r"), .ctrl("y")), "redo"),
      ]),
    entries(
      "Groups", .normal,
      [
        key(
          "Space / v", b(.mark, .char(" "), .char("v")), "mark or unmark the box (several boxes; Esc clears)",
          hint: KeyHint("Space", "mark", rank: 9, when: [.box])),
        key(
          "G", b(.newGroup, .char("G")), "group the marked boxes (or the box): title, Enter",
          hint: KeyHint("G", "group", rank: 8, when: [.box])),
        key(
          ">", b(.joinGroup, .char(">")), "put the marked boxes (or the box) into a group",
          hint: KeyHint(">", "add marked", rank: 4, when: [.group])),
        key("<", b(.leaveGroup, .char("<")), "take the marked boxes (or the box) out of its group"),
        key("o", b(.selectGroup, .char("o")), "select the box's group (again: the next group)"),
        key(
          "Enter on a group", "rename the selected group (also i)",
          hint: KeyHint("Enter", "rename", rank: 2, when: [.group])),
        key(
          "x on a group", "delete the group; its boxes stay (also Delete)",
          hint: KeyHint("x", "delete group", rank: 3, when: [.group])),
        key(
          "m on a group", "move the whole group: arrows (Shift: ×4), Enter",
          hint: KeyHint("m", "move", rank: 5, when: [.group])),
        key("a or p on a group", "add a box or paste a copy into the selected group"),
        key("Esc on a group", "back to the box", hint: KeyHint("Esc", "back", rank: 9, when: [.group])),
      ]),
    entries(
      "Notes and panel", .normal,
      [
        key(
          "1 – 7", steps, "edit the notes of that step (Esc or Ctrl-S ends)",
          hint: KeyHint("1-7", "notes", rank: 13, when: [.box, .nothing])),
        key("E", b(.externalNotes, .char("E")), "edit the current step's notes in $VISUAL / $EDITOR"),
        key("t", b(.nextTab, .char("t")), "next panel tab: steps, checklist, palette"),
        key("f", b(.nextFinding, .char("f")), "the next thing the checklist misses, and its fix"),
        key("P", b(.togglePanel, .char("P")), "hide or show the side panel"),
        key(
          "z", b(.zoom, .char("z")), "zoom: full boxes, compact (one line), fit to window",
          hint: KeyHint("z", "zoom", rank: 18, when: [.nothing])),
        key("Ctrl-L", b(.redraw, .ctrl("l")), "redraw the whole screen"),
        key(
          "PgUp / PgDn", b(.panelPage(-1), .pageUp) + b(.panelPage(1), .pageDown),
          "scroll the side panel (also the wheel over it)"),
        key(
          "A / S", b(.answerFollowUp, .char("A")) + b(.skipFollowUp, .char("S")),
          "answer the follow-up in its step's notes / skip it"),
        key("click in the panel", "open a step's notes, add a palette component"),
      ]),
    entries(
      "Files and commands", .normal,
      [
        key(
          "Ctrl-S", b(.save, .ctrl("s")), "save (asks for a file name on a scratch board)",
          hint: KeyHint("Ctrl-S", "save", rank: 15, when: [.nothing])),
        key(
          "q / Ctrl-C / Ctrl-Q", b(.quit, .char("q"), .ctrl("c"), .ctrl("q")),
          "quit (asks when there are unsaved changes)", hint: KeyHint("q", "quit", rank: 16, when: [.nothing])),
        key(
          "? / F1", b(.help, .char("?"), .function(1)), "this help",
          hint: KeyHint("?", "help", rank: 17)),
        key(
          ":", b(.commandLine, .char(":")), "type a command (below), Enter runs it, Esc cancels",
          hint: KeyHint(":", "command", rank: 14, when: [.box, .nothing])),
      ]),
    entries(
      "Files and commands", .command,
      [
        key(":w [FILE]", "save, or save as FILE (asks to replace a file)"),
        key(":q  :q!  :wq", "quit, quit discarding changes, save and quit"),
        key(":e FILE", "open another board file"),
        key(":template ID", "check the board against a template"),
        key(":check", "show the checklist, the score and the hints"),
        key(":export FMT FILE", "export as ascii, mermaid, svg...; asks to replace"),
        key(":theme NAME", "switch colour theme"),
        key(":layout [lr|tb]", "auto-layout left to right or top to bottom"),
        key(":title TEXT", "rename the board"),
        key(":practice", "how to start a timed practice session on this board"),
        key(":hints  :done", "practice: checklist on/off, end and review"),
        key(":ask  :skip", "ask the next follow-up question, skip the open one"),
        key(":help", "this help"),
      ]),
    entries(
      "Mouse", .mouse,
      [
        key("click", "select a box or an arrow (a click moves nothing)"),
        key("drag inside a box", "move it"),
        key("drag from a border", "connect it to the box you release on"),
        key("drag on empty space", "pan the canvas"),
        key("double-click", "edit the label"),
        key("click in the a list", "add that kind of box"),
        key("click a group title", "select the group (drag moves, double-click renames)"),
        key("wheel", "pan up and down; over a list or the help, scroll it"),
      ]),
    entries(
      "Adding a box (a)", .palette,
      [
        key("type", "a label, or part of a kind's name or alias", hint: KeyHint("type", "label or kind")),
        key(
          "↑↓ PgUp PgDn", "choose the kind (also Tab, Ctrl-P, Ctrl-N)", hint: KeyHint("↑↓", "choose")),
        key("Enter on a kind", "adds it; 2+ words typed are its label, case kept", hint: KeyHint("Enter", "add")),
        key("one word typed", "the kind's name, a whole alias typed as the detail"),
        key("part of its name", "(its start, inner words, part of a word): the name"),
        key("Enter on last row", "a plain box labelled as typed, kind read from it"),
        key("Esc", "cancel", hint: KeyHint("Esc", "cancel")),
      ]),
    entries(
      "Setting a box's kind (K)", .kind,
      [
        key("type", "filter the kinds, those read in the box first", hint: KeyHint("type", "to filter")),
        key(
          "↑↓ PgUp PgDn", "move the highlight (also Tab, Ctrl-P, Ctrl-N)", hint: KeyHint("↑↓", "choose")),
        key(
          "Enter", "declare the kind (the last row clears it)",
          hint: KeyHint("Enter", "set the kind")),
        key("Esc", "cancel", hint: KeyHint("Esc", "cancel")),
      ]),
    entries(
      "Typing a label, a search, a command or a file name", .label,
      [
        key("Enter", "keep the text", hint: KeyHint("Enter", "done")),
        key("Esc", "cancel", hint: KeyHint("Esc", "cancel")),
        key(
          "←→ Home End", "move the cursor (also Ctrl-B Ctrl-F Ctrl-A Ctrl-E)",
          hint: KeyHint("←→ Home End", "move")),
        key(
          "Backspace / Delete", "erase before / under the cursor (Ctrl-H, Ctrl-D)",
          hint: KeyHint("Backspace Delete", "")),
        key("Ctrl-U / Ctrl-K", "erase to the start / to the end of the line"),
        key("Ctrl-W", "erase the word before the cursor"),
        key("paste text", "one line: line breaks become spaces, never Enter"),
      ]),
    entries(
      "Connecting (c)", .connect,
      [
        key("arrows", "nearest box that way from the source; again steps on"),
        key("type", "choose: label start, then word start, then inside"),
        key("Tab / Shift+Tab", "the next / previous box the typed text matches"),
        key("Enter", "draw the arrow"),
        key("Esc", "cancel"),
      ]),
    entries(
      "Putting boxes into a group (>)", .group,
      [
        key("↑↓ / Tab", "choose the group (also a click on its frame)", hint: KeyHint("↑↓", "choose")),
        key("type", "choose the first group whose title starts so", hint: KeyHint("type", "to choose")),
        key("Enter", "put the boxes into the group", hint: KeyHint("Enter", "add")),
        key("Esc", "cancel", hint: KeyHint("Esc", "cancel")),
      ]),
    entries(
      "Moving a box (m)", .move,
      [
        key("arrows / hjkl", "move by one cell (Shift or H J K L: ×4)", hint: KeyHint("arrows", "move (Shift: ×4)")),
        key("Enter / m", "done moving", hint: KeyHint("Enter", "done")),
        key("Esc", "put the box back", hint: KeyHint("Esc", "cancel")),
      ]),
    entries(
      "Resizing a box (r)", .resize,
      [
        key(
          "arrows / hjkl", "resize (Shift, H J K L: ×4); the first word stays",
          hint: KeyHint("arrows", "resize (Shift: ×4)")),
        key("Enter / r", "done resizing", hint: KeyHint("Enter", "done")),
        key("Esc", "put the box back", hint: KeyHint("Esc", "cancel")),
      ]),
    entries(
      "Writing notes (1 – 7)", .notes,
      [
        key(
          "Esc / Ctrl-S", "done: the notes go into the board (not yet the file)",
          hint: KeyHint("Esc or Ctrl-S", "done")),
        key("Ctrl-C / Ctrl-Q", "done as Esc (notes kept); pressed again: quit"),
        key(
          "arrows, Home End", "move the cursor (↑↓ by screen rows, PgUp PgDn)",
          hint: KeyHint("arrows", "move")),
        key("Enter", "a new line", hint: KeyHint("Enter", "new line")),
        key("Ctrl-Z", "undo in the notes", hint: KeyHint("Ctrl-Z", "undo")),
        key("Ctrl-Y / Ctrl-R", "redo in the notes", hint: KeyHint("Ctrl-Y", "redo")),
        key("Ctrl-K", "erase to the end of the line"),
        key("paste text", "inserted with its line breaks (Ctrl-Z undoes)"),
      ]),
    entries(
      "Questions", .confirm,
      [
        key("y / n", "answer; quitting unsaved: y saves first, n discards"),
        key("Esc", "stay, or cancel; earlier unsaved work: decide later"),
        key("Ctrl-C / Ctrl-Q", "as Esc in palettes, prompts, questions; again: quit"),
        key("r o s m q", "disk change: reload, overwrite, save as, merge, quit"),
        key("m / t", "a merge's conflict: keep mine, take theirs"),
        key("M / T", "keep mine, take theirs, for this and the rest"),
        key("b", "a notes conflict: keep both (mine, then theirs)"),
        key("Backspace", "back to the previous conflict"),
      ]),
    entries(
      "Help (?)", .help,
      [
        key("↑↓ / j k", "scroll by a line"),
        key("PgUp PgDn / Space", "scroll by ten lines"),
        key("any other key", "close the help"),
      ]),
    entries(
      "Practice", .briefing,
      [
        key("any key or click", "start the clock on the briefing", hint: KeyHint("Press any key", "to start the clock"))
      ]),
    entries(
      "Practice", .review,
      [
        key(
          "↑↓ PgUp PgDn j k", "scroll the review (also Space and the wheel)",
          hint: KeyHint("↑↓ PgUp PgDn", "scroll")),
        key("←→ / h l", "pan the review sideways", hint: KeyHint("←→", "pan")),
        key("g Home / G End", "to the top, to the bottom"),
        key(":export review FILE", "save the review as Markdown", hint: KeyHint(":export review FILE", "")),
        key(
          ": / Ctrl-S", b(.commandLine, .char(":")) + b(.save, .ctrl("s")), "a command, save the board",
          hint: KeyHint(":w", "save")),
        key(
          "q / Ctrl-C / Ctrl-Q", b(.quit, .char("q"), .ctrl("c"), .ctrl("q")), "quit",
          hint: KeyHint("q", "quit")),
        key("? / F1", b(.help, .char("?"), .function(1)), "this help", hint: KeyHint("?", "help")),
        key("Ctrl-L", b(.redraw, .ctrl("l")), "redraw the whole screen"),
      ]),
  ]
}

// Text pasted into the terminal arrives as one action (bracketed paste), never as keys, so that a
// pasted line break cannot end a prompt and run the rest as commands. A one-line field takes the
// text with its line breaks as spaces; the notes editor takes it as it is; on the board, as on
// other whiteboards, pasted text becomes a new box (the first line its label, the rest its detail).
import Foundation

extension AppState {
  /// Characters of pasted text a new box takes at most; a longer paste belongs in the notes.
  static let pasteBoxLimit = 200

  /// Pasted text with every line break as "\n" (a terminal sends CR), tabs kept, and other
  /// control characters dropped.
  static func pastedText(_ raw: String) -> String {
    var out = ""
    var scalars = raw.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\r":
        out.append("\n")
        if pending == "\n" { pending = scalars.next() }
      case "\n", "\u{2028}", "\u{2029}", "\u{85}": out.append("\n")
      case "\t": out.append("\t")
      default:
        if Sanitizer.isPlain(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// The non-blank lines of pasted text, each trimmed.
  static func pastedLines(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  mutating func handlePaste(_ raw: String) {
    let text = AppState.pastedText(raw)
    guard !AppState.pastedLines(text).isEmpty else { return }
    if (isTooSmall && !tooSmallTakesKeys) || showHelp {
      message = StatusMessage(
        showHelp ? "Paste ignored: close the help first" : "Paste ignored: the window is too small", tone: .warning)
      return
    }
    if mode == .normal, practicePhase == .briefing || practicePhase == .review {
      message = StatusMessage("Paste ignored: there is nothing to paste into here", tone: .warning)
      return
    }
    switch mode {
    case .notes(let step, var area):
      area.paste(text)
      mode = .notes(step, area)
    case .normal:
      pasteAsBox(text)
    default:
      if mode.textField != nil {
        pasteIntoField(text)
      } else {
        message = StatusMessage("Paste ignored: \(mode.name) takes no text (Esc first)", tone: .warning)
      }
    }
  }

  /// The text on one line typed into the mode's field: every character but the last inserted at
  /// once, the last as a key, so that the mode reacts (filters, searches) once.
  private mutating func pasteIntoField(_ text: String) {
    let lines = AppState.pastedLines(text)
    let line = Array(lines.joined(separator: " "))
    guard var field = mode.textField, let last = line.last else { return }
    field.insert(String(line.dropLast()))
    mode.textField = field
    handleKey(.char(last))
    // A warning the mode gave ("No box matches") stays; a note (the box found) gives way.
    if lines.count > 1 && message?.tone != .warning {
      message = StatusMessage("Pasted \(lines.count) lines as one: a line break would end the prompt")
    }
  }

  private mutating func pasteAsBox(_ text: String) {
    let lines = AppState.pastedLines(text)
    let total = lines.reduce(0) { $0 + $1.count }
    guard total <= AppState.pasteBoxLimit else {
      message = StatusMessage(
        "Paste ignored: \(total) characters is too long for a box (at most \(AppState.pasteBoxLimit)); "
          + "open a step's notes (1-7) and paste there",
        tone: .warning)
      return
    }
    zoomInToEdit(.add)
    let detail = lines.count > 1 ? lines.dropFirst().joined(separator: " ") : nil
    addBox(label: lines[0], kind: nil, detail: detail)
    if case .box(let id) = selection, let box = board.box(id) {
      message = StatusMessage("Pasted as a new box '\(DisplayWidth.truncate(box.label, to: 30))' (u undoes)", tone: .ok)
    }
  }
}

extension Mode {
  /// The one-line field the mode edits, if it edits one.
  var textField: TextField? {
    get {
      switch self {
      case .palette(let field, _), .kind(_, let field, _), .label(_, let field), .connect(_, _, let field, _),
        .joinGroup(_, _, let field), .command(let field), .find(let field, _), .saveAs(let field, _):
        field
      case .normal, .move, .resize, .notes, .confirm: nil
      }
    }
    set {
      guard let field = newValue else { return }
      switch self {
      case .palette(_, let index): self = .palette(query: field, index: index)
      case .kind(let box, _, let index): self = .kind(box: box, query: field, index: index)
      case .label(let target, _): self = .label(target, field)
      case .connect(let from, let target, _, let chosen):
        self = .connect(from: from, target: target, query: field, chosen: chosen)
      case .joinGroup(let boxes, let target, _): self = .joinGroup(boxes: boxes, target: target, query: field)
      case .command: self = .command(field)
      case .find(_, let previous): self = .find(field, previous: previous)
      case .saveAs(_, let thenQuit): self = .saveAs(field, thenQuit: thenQuit)
      case .normal, .move, .resize, .notes, .confirm: break
      }
    }
  }
}

// The shape of the key table: each entry names the mode it works in, the keys as a person reads
// them, the keys and commands the dispatch looks up, a long help line and, when the status line
// suggests it, a short hint. The help overlay, the status-line hints and `mlsd keys` are all
// produced from one table, so a key added to it shows everywhere with no other edit.

/// Where a key works: the modes of the editor, the `:` commands, the mouse and the practice screens.
public enum KeyMode: String, Hashable, Sendable, CaseIterable {
  case normal, command, mouse, palette, kind, label, connect, move, resize, notes, confirm, help, briefing, review
  /// Choosing the group that boxes join (`>`).
  case group
}

/// What the normal-mode status line is suggesting keys for.
public enum HintContext: Hashable, Sendable, CaseIterable {
  /// A box is selected.
  case box
  /// An arrow is selected.
  case arrow
  /// Nothing is selected.
  case nothing
  /// A group is selected.
  case group
}

/// One key the dispatch looks up, and the command it runs.
public struct KeyBinding: Hashable, Sendable {
  public var key: Key
  public var command: Command

  public init(_ key: Key, _ command: Command) {
    self.key = key
    self.command = command
  }

  /// Bindings of several keys to one command.
  public static func bind(_ command: Command, _ keys: Key...) -> [KeyBinding] {
    keys.map { KeyBinding($0, command) }
  }
}

/// A key's short suggestion on the status line ("c connect").
public struct KeyHint: Hashable, Sendable {
  /// The keys as the hint names them (often fewer than the entry lists).
  public var keys: String
  public var text: String
  /// Place in the normal-mode status line (lower first); in other modes the table's order.
  public var rank: Int
  /// With which selection normal mode suggests it.
  public var when: Set<HintContext>

  public init(_ keys: String, _ text: String, rank: Int = 0, when: Set<HintContext> = Set(HintContext.allCases)) {
    self.keys = keys
    self.text = text
    self.rank = rank
    self.when = when
  }

  public var line: String { text.isEmpty ? keys : keys + " " + text }
}

/// One row of the key table.
public struct KeyEntry: Hashable, Sendable {
  public var mode: KeyMode
  /// The heading the help overlay and the cheat sheet list it under.
  public var section: String
  /// The keys as a person reads them ("u / Ctrl-Z").
  public var keys: String
  /// What the dispatch looks up; empty for an entry that only documents (mouse gestures, `:`
  /// commands, keys a mode's editor handles itself).
  public var bindings: [KeyBinding]
  public var help: String
  public var hint: KeyHint?

  public init(
    mode: KeyMode, section: String, keys: String, bindings: [KeyBinding] = [], help: String, hint: KeyHint? = nil
  ) {
    self.mode = mode
    self.section = section
    self.keys = keys
    self.bindings = bindings
    self.help = help
    self.hint = hint
  }
}

/// The entries in the order the help lists them, with the lookup the dispatch uses.
public struct KeyTable: Sendable {
  public private(set) var entries: [KeyEntry]
  private var commands: [KeyMode: [Key: Command]] = [:]

  public init(_ entries: [KeyEntry]) {
    self.entries = entries
    for entry in entries {
      for binding in entry.bindings where commands[entry.mode]?[binding.key] == nil {
        commands[entry.mode, default: [:]][binding.key] = binding.command
      }
    }
  }

  /// The table with one more entry.
  public func appending(_ entry: KeyEntry) -> KeyTable { KeyTable(entries + [entry]) }

  /// The command a key stands for in a mode (the first entry binding it wins).
  public func command(for key: Key, in mode: KeyMode = .normal) -> Command? { commands[mode]?[key] }

  /// The section headings in the order their first entries appear.
  public var sections: [String] {
    var seen: Set<String> = []
    return entries.map(\.section).filter { seen.insert($0).inserted }
  }

  /// The entries of one section, in table order.
  public func entries(in section: String) -> [KeyEntry] { entries.filter { $0.section == section } }

  /// The status-line suggestions of a mode, two spaces apart; normal mode picks those for the
  /// selection and orders them by rank.
  public func hints(for mode: KeyMode, context: HintContext = .nothing) -> String {
    var hints = entries.filter { $0.mode == mode }.compactMap(\.hint)
    if mode == .normal {
      hints = hints.enumerated().filter { $0.element.when.contains(context) }
        .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }
    return hints.map(\.line).joined(separator: "  ")
  }
}

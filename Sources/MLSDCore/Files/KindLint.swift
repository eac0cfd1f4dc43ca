// A board file whose box names a kind the catalogue does not have (a typo, or a file cut off in
// the middle of `kind: retraining-trigger`) still loads: the box is read from its label. The
// commands and the whiteboard say so, located as load errors are, instead of keeping quiet.

public enum KindLint {
  public struct UnknownKind: Equatable, Sendable {
    public var kind: String
    /// The known kind it is probably a typo of.
    public var guess: String?
    /// Located at the kind's line and column, naming the field: for stderr.
    public var warning: LoadError

    /// One line for the whiteboard's status line.
    public var short: String {
      "line \(warning.line): unknown kind '\(Sanitizer.visible(kind))'"
        + (guess.map { " (did you mean '\($0)'?)" } ?? "") + "; the box is read from its label"
    }
  }

  /// Each box whose `kind` is not among `known`. Text that does not parse gives none (the
  /// loader reports that itself).
  public static func unknownKinds(in text: String, name: String, known: [String]) -> [UnknownKind] {
    guard let root = try? YAMLValue.parse(text, source: YAMLSource(name: name)),
      let boxes = try? root.mapping()["boxes"]?.list()
    else { return [] }
    let knownSet = Set(known)
    var found: [UnknownKind] = []
    for item in boxes {
      guard let box = try? item.mapping(), let value = box["kind"], !value.isNull,
        let kind = try? value.string(), !knownSet.contains(kind)
      else { continue }
      let guess = Suggest.nearest(kind, among: known)
      var message = "kind '\(Sanitizer.visible(kind))' is not a component kind"
      if let guess { message += " (did you mean '\(guess)'?)" }
      message += "; the box is read from its label (`mlsd kinds` lists the kinds)"
      found.append(UnknownKind(kind: kind, guess: guess, warning: value.error(message)))
    }
    return found
  }
}

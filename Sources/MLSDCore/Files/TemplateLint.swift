// A board file whose `template:` names no template the library has (a typo: "ad-clik") cannot be
// checked against it. The commands that need the template say so as every load error does: at
// the field's line and column, with the nearest id.

public enum TemplateLint {
  /// The error for the board file `text` (named `name`) whose template `id` is not among `known`:
  /// located at its `template:` value when the text shows where, else at no place in the file.
  public static func unknownTemplate(_ id: String, in text: String?, name: String, known: [String]) -> LoadError {
    var message = "unknown template '\(Sanitizer.visible(id))'"
    if let guess = Suggest.nearest(id, among: known) { message += " (did you mean '\(guess)'?)" }
    message += "; `mlsd templates` lists them"
    if let text, let root = try? YAMLValue.parse(text, source: YAMLSource(name: name)),
      let value = try? root.mapping()["template"], (try? value.string()) == id
    {
      return value.error(message)
    }
    return LoadError(file: name, line: 0, column: 0, message: "template: " + message)
  }
}

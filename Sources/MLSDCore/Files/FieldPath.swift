// Where a value sits in its document, kept as a chain of steps so that a value costs one small
// object instead of the text of its path; the text is built only for a message.

/// The field path of a value ("boxes[2].label"), turned into text only for a message.
final class FieldPath {
  enum Step {
    case key(String)
    case index(Int)
  }

  let parent: FieldPath?
  let step: Step

  init(_ parent: FieldPath?, _ step: Step) {
    self.parent = parent
    self.step = step
  }

  var text: String {
    let prefix = parent?.text ?? ""
    switch step {
    case .key(let key): return prefix.isEmpty ? key : "\(prefix).\(key)"
    case .index(let index): return "\(prefix)[\(index)]"
    }
  }
}

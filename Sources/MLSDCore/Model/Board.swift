// The whole diagram: boxes, arrows, groups and the notes of the seven steps.

/// A whiteboard: what a board file holds and what the editor changes.
public struct Board: Hashable, Codable, Sendable {
  /// The board file format this build reads and writes.
  public static let formatVersion = 1

  public var title: String
  /// Id of the template the board was started from, if any.
  public var template: String?
  public var boxes: [Box]
  public var arrows: [Arrow]
  public var groups: [Group]
  public var notes: StepNotes

  public init(
    title: String, template: String? = nil, boxes: [Box] = [], arrows: [Arrow] = [],
    groups: [Group] = [], notes: StepNotes = StepNotes()
  ) {
    self.title = title
    self.template = template
    self.boxes = boxes
    self.arrows = arrows
    self.groups = groups
    self.notes = notes
  }

  /// The box with this id.
  public func box(_ id: String) -> Box? { boxes.first { $0.id == id } }

  /// Position of the box with this id in `boxes`.
  public func boxIndex(_ id: String) -> Int? { boxes.firstIndex { $0.id == id } }

  /// Indices of the arrows that leave or enter the box.
  public func arrowIndices(touching id: String) -> [Int] {
    arrows.indices.filter { arrows[$0].from == id || arrows[$0].to == id }
  }

  /// The group a box belongs to, if any.
  public func group(containing id: String) -> Group? {
    groups.first { $0.boxIDs.contains(id) }
  }

  /// The smallest rectangle holding every box (nil for an empty board).
  public var bounds: GridRect? {
    boxes.map(\.frame).reduce(nil) { partial, frame in partial?.union(frame) ?? frame }
  }

  /// A fresh box id derived from a label ("Feature store" → "feature-store", then "-2", "-3"...).
  public func newBoxID(for label: String) -> String {
    let base = Board.slug(label).isEmpty ? "box" : Board.slug(label)
    let taken = Set(boxes.map(\.id))
    if !taken.contains(base) { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }

  /// Lower-case ASCII letters and digits joined by single dashes.
  public static func slug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
      } else {
        pendingDash = true
      }
      if out.count >= 40 { break }
    }
    return out
  }

  /// Whether a string may be used as a box or group id in a file.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 64
      && id.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
      }
  }

  /// Gives box `id` the id `newID`, and its arrows and group places with it; nothing when `newID`
  /// is taken or the box is missing.
  public mutating func changeBoxID(_ id: String, to newID: String) {
    guard id != newID, let i = boxes.firstIndex(where: { $0.id == id }), box(newID) == nil else { return }
    boxes[i].id = newID
    for a in arrows.indices {
      if arrows[a].from == id { arrows[a].from = newID }
      if arrows[a].to == id { arrows[a].to = newID }
    }
    for g in groups.indices { groups[g].boxIDs = groups[g].boxIDs.map { $0 == id ? newID : $0 } }
  }

  /// Whether `id` is one `newBoxID(for: label)` gives: the label's slug, alone or with "-N".
  public static func isGenerated(_ id: String, from label: String) -> Bool {
    let base = slug(label).isEmpty ? "box" : slug(label)
    if id == base { return true }
    guard id.hasPrefix(base + "-") else { return false }
    let rest = id.dropFirst(base.count + 1)
    return rest.first != "0" && rest.allSatisfy { ("0"..."9").contains($0) } && (Int(rest) ?? 0) >= 2
  }

  /// Removes a box together with its arrows and its place in any group.
  public mutating func removeBox(_ id: String) {
    boxes.removeAll { $0.id == id }
    arrows.removeAll { $0.from == id || $0.to == id }
    for i in groups.indices { groups[i].boxIDs.removeAll { $0 == id } }
  }
}

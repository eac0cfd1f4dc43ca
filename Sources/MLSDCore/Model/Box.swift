// A component on the board: a labelled box at a place on the character grid.

/// One box of the diagram.
public struct Box: Hashable, Codable, Sendable, Identifiable {
  /// Smallest size a box may have: a frame plus one row and a few columns of text.
  public static let minWidth = 5
  public static let minHeight = 3

  /// Stable identifier, unique within a board; arrows and groups refer to it.
  public var id: String
  /// The text shown in the box, such as "Feature store".
  public var label: String
  /// A component kind id from the catalogue ("online-feature-store") or free-form text; nil when unset.
  public var kind: String?
  /// An optional second line, usually the technology ("Feast + Redis").
  public var detail: String?
  /// Where the box sits and how large it is, frame included.
  public var frame: GridRect

  public init(id: String, label: String, kind: String? = nil, detail: String? = nil, frame: GridRect) {
    self.id = id
    self.label = label
    self.kind = kind
    self.detail = detail
    self.frame = frame
  }
}

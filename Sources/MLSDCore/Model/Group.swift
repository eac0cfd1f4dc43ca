// A titled region of the board that holds boxes, such as "Offline" or "Online".

/// A group of boxes drawn as a titled frame around them.
public struct Group: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// Ids of the boxes inside, in the order the file lists them.
  public var boxIDs: [String]

  public init(id: String, title: String, boxIDs: [String]) {
    self.id = id
    self.title = title
    self.boxIDs = boxIDs
  }
}

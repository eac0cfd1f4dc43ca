// Built-in templates or themes, decoded on first use, plus the user's versions decoded up front.
// Decoding all twelve built-in templates took 148 M of the 183 M instructions of loading the
// library, yet opening a board needs at most one of them; so a built-in file is decoded when its
// item is asked for by key, and all of them only when something lists them.
import Foundation

final class LazyDataFiles<Item: Sendable>: @unchecked Sendable {
  /// Built-in files in name order; "Folder/KEY.yaml" holds the item whose key is KEY (a test
  /// holds every built-in file to that, so a lookup by key needs to decode one file only).
  private let builtins: [DataFile]
  private let folder: String
  /// The user's items in file order (a later one replaces an earlier one with the same key).
  private let users: [Item]
  private let key: @Sendable (Item) -> String
  private let decode: @Sendable (DataFile) throws -> Item

  // Guards `decoded` and `listing`: copies of a Library share this cache across threads.
  private let lock = NSLock()
  private var decoded: [String: Result<Item, LoadError>] = [:]
  private var listing: [Item]?

  init(
    builtins: [DataFile], folder: String, users: [Item], key: @escaping @Sendable (Item) -> String,
    decode: @escaping @Sendable (DataFile) throws -> Item
  ) {
    self.builtins = builtins
    self.folder = folder
    self.users = users
    self.key = key
    self.decode = decode
  }

  /// The item with this key: the user's if there is one, else the built-in one.
  func item(_ wanted: String) -> Item? {
    if let user = users.last(where: { key($0) == wanted }) { return user }
    let name = "\(folder)/\(wanted).yaml"
    guard let file = builtins.first(where: { $0.name == name }) else { return nil }
    lock.lock()
    defer { lock.unlock() }
    guard case .success(let item) = result(of: file), key(item) == wanted else { return nil }
    return item
  }

  /// Every item: the built-ins in file-name order, each replaced by the user's item with the same
  /// key, then the user's other items.
  var all: [Item] {
    lock.lock()
    defer { lock.unlock() }
    if let listing { return listing }
    var items: [Item] = []
    var index: [String: Int] = [:]
    var candidates: [Item] = []
    for file in builtins {
      if case .success(let item) = result(of: file) { candidates.append(item) }
    }
    for item in candidates + users {
      if let at = index[key(item)] {
        items[at] = item
      } else {
        index[key(item)] = items.count
        items.append(item)
      }
    }
    listing = items
    return items
  }

  /// Built-in files that failed to decode, of those decoded so far, in file-name order.
  var problems: [LoadError] {
    lock.lock()
    defer { lock.unlock() }
    return builtins.compactMap { file in
      if case .failure(let error) = decoded[file.name] { return error }
      return nil
    }
  }

  /// Decodes a built-in file once; the caller holds the lock.
  private func result(of file: DataFile) -> Result<Item, LoadError> {
    if let known = decoded[file.name] { return known }
    let outcome: Result<Item, LoadError>
    do {
      outcome = .success(try decode(file))
    } catch {
      outcome = .failure(Library.asLoadError(error, file.name))
    }
    decoded[file.name] = outcome
    return outcome
  }
}

// Built-in templates and themes are decoded when first asked for: one by key decodes one file,
// and what comes back is what a full listing holds; user files are still read up front.
import Foundation
import XCTest

@testable import MLSDCore

final class LibraryLazyTests: XCTestCase {
  private let noUserFolder = DataLocations(configFolder: nil, dataFolder: nil)

  /// The names of the files a LazyDataFiles decoded, in order.
  private final class DecodeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    func add(_ name: String) { lock.withLock { names.append(name) } }
    var all: [String] { lock.withLock { names } }
  }

  private struct Item: Equatable, Sendable {
    var key: String
    var text: String
  }

  private func files(_ log: DecodeLog, users: [Item] = []) -> LazyDataFiles<Item> {
    let builtins = ["a", "b", "broken", "c"].map {
      DataFile(name: "Things/\($0).yaml", text: $0 == "broken" ? "" : "text of \($0)", origin: .builtin)
    }
    return LazyDataFiles(builtins: builtins, folder: "Things", users: users, key: \.key) { file in
      log.add(file.name)
      guard !file.text.isEmpty else { throw LoadError(file: file.name, line: 1, column: 1, message: "empty") }
      let key = String(file.name.dropFirst("Things/".count).dropLast(".yaml".count))
      return Item(key: key, text: file.text)
    }
  }

  func testAnItemAskedForByKeyDecodesOnlyItsFileAndOnlyOnce() {
    let log = DecodeLog()
    let things = files(log)
    XCTAssertEqual(things.item("b"), Item(key: "b", text: "text of b"))
    XCTAssertEqual(things.item("b")?.key, "b")
    XCTAssertNil(things.item("missing"))
    XCTAssertEqual(log.all, ["Things/b.yaml"])
    XCTAssertEqual(things.problems.map(\.description), [])
  }

  func testTheListingDecodesTheRestAndReportsABrokenFile() {
    let log = DecodeLog()
    let things = files(log)
    _ = things.item("c")
    XCTAssertEqual(things.all.map(\.key), ["a", "b", "c"])
    XCTAssertEqual(things.all.map(\.key), ["a", "b", "c"])
    XCTAssertEqual(log.all, ["Things/c.yaml", "Things/a.yaml", "Things/b.yaml", "Things/broken.yaml"])
    XCTAssertEqual(things.problems.map(\.description), ["Things/broken.yaml:1:1: empty"])
    XCTAssertNil(things.item("broken"))
  }

  func testAUserItemReplacesTheBuiltinOneWithoutDecodingIt() {
    let log = DecodeLog()
    let mine = Item(key: "b", text: "mine")
    let things = files(log, users: [mine, Item(key: "z", text: "new")])
    XCTAssertEqual(things.item("b"), mine)
    XCTAssertEqual(log.all, [])
    XCTAssertEqual(
      things.all,
      [Item(key: "a", text: "text of a"), mine, Item(key: "c", text: "text of c"), Item(key: "z", text: "new")])
  }

  func testEveryBuiltinFileIsNamedAfterItsIdOrName() throws {
    // The lookup by key reads only "Templates/ID.yaml" or "Themes/NAME.yaml".
    let catalogue = Fixtures.library.catalogue
    let templates = DataFile.builtin(in: "Templates").filter {
      $0.name != Library.catalogueFile && $0.name != Library.sharedFollowUpsFile
    }
    XCTAssertFalse(templates.isEmpty)
    for file in templates {
      let template = try TemplateDecoder.decode(file.text, name: file.name, catalogue: catalogue)
      XCTAssertEqual(file.name, "Templates/\(template.id).yaml")
    }
    let themes = DataFile.builtin(in: "Themes")
    XCTAssertFalse(themes.isEmpty)
    for file in themes {
      XCTAssertEqual(file.name, "Themes/\(try ThemeDecoder.decode(file.text, name: file.name).name).yaml")
    }
  }

  func testBuiltinsDecodedOnDemandEqualTheFullListing() {
    let listed = Library.load(locations: noUserFolder)
    let templates = listed.templates
    let themes = listed.themes
    // Neither the catalogue nor the shared follow-up bank is a template.
    XCTAssertEqual(templates.count, DataFile.builtin(in: "Templates").count - 2)
    XCTAssertEqual(themes.count, DataFile.builtin(in: "Themes").count)
    XCTAssertEqual(listed.problems.map(\.description), [])
    for template in templates {
      XCTAssertEqual(Library.load(locations: noUserFolder).template(template.id), template, template.id)
    }
    for theme in themes {
      XCTAssertEqual(Library.load(locations: noUserFolder).theme(theme.name), theme, theme.name)
    }
  }

  func testUserFilesAreReadUpFrontAndReplaceBuiltinsOnDemand() throws {
    let folder = NSTemporaryDirectory() + "mlsd-lazy-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let blank = try XCTUnwrap(DataFile.builtin(in: "Templates").first { $0.name == "Templates/blank.yaml" })
    try blank.text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: My ").write(
      toFile: folder + "/templates/my-blank.yaml", atomically: true, encoding: .utf8)
    try "not: [valid".write(toFile: folder + "/templates/broken.yaml", atomically: true, encoding: .utf8)
    let library = Library.load(locations: DataLocations(configFolder: folder, dataFolder: nil))
    XCTAssertEqual(library.problems.count, 1)
    XCTAssertTrue(library.problems[0].description.hasPrefix(folder + "/templates/broken.yaml:"))
    let mine = try XCTUnwrap(library.template("blank"))
    XCTAssertTrue(mine.title.hasPrefix("My "), mine.title)
    XCTAssertEqual(library.templates.filter { $0.id == "blank" }, [mine])
    XCTAssertEqual(library.templates.map(\.id), Fixtures.library.templates.map(\.id))
    XCTAssertEqual(library.problems.count, 1)
  }

  func testThemeProblemsAreKeptApartForTheCommandsThatDrawInColour() throws {
    let folder = NSTemporaryDirectory() + "mlsd-themes-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/themes", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "name: mine\nroles: {box: {fg: 999}}\n".write(
      toFile: folder + "/themes/mine.yaml", atomically: true, encoding: .utf8)
    try "not: [valid".write(toFile: folder + "/templates/broken.yaml", atomically: true, encoding: .utf8)
    let library = Library.load(locations: DataLocations(configFolder: folder, dataFolder: nil))
    let all = library.problems(themes: true).map(\.description)
    let data = library.problems(themes: false).map(\.description)
    XCTAssertEqual(all.count, 2, "\(all)")
    XCTAssertEqual(data.count, 1, "\(data)")
    XCTAssertTrue(data[0].hasPrefix(folder + "/templates/broken.yaml:"), data[0])
    XCTAssertTrue(all.contains { $0.hasPrefix(folder + "/themes/mine.yaml:") }, "\(all)")
    XCTAssertEqual(library.problems.map(\.description), all)
  }
}

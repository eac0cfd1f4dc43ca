import Foundation
// Mistakes in templates, the catalogue and themes name file, line and field.
import XCTest

@testable import MLSDCore

final class TemplateLoadErrorTests: XCTestCase {
  let catalogue = Fixtures.library.catalogue
  let head = "mlsd-template: 1\nid: t\ntitle: T\ndifficulty: easy\nprompt: Design it.\n"

  private func templateMessage(_ text: String) -> String {
    do {
      _ = try TemplateDecoder.decode(text, name: "t.yaml", catalogue: catalogue)
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  func testUnknownComponentKindSuggestsTheNearest() {
    XCTAssertEqual(
      templateMessage(head + "components:\n  required:\n    - model-regsitry\n"),
      "t.yaml:8:7: components.required[0]: unknown component kind 'model-regsitry' (did you mean 'model-registry'?)")
  }

  func testFlowAndPitfallFields() {
    XCTAssertEqual(
      templateMessage(head + "flows:\n  - from: data-source\n    to: [ranking, rnaking]\n"),
      "t.yaml:8:19: flows[0].to[1]: unknown component kind 'rnaking' (did you mean 'ranking'?)")
    XCTAssertEqual(
      templateMessage(head + "pitfalls:\n  - step: modle\n    text: x\n"),
      "t.yaml:7:11: pitfalls[0].step: unknown step 'modle' (did you mean 'model'?)")
    XCTAssertEqual(
      templateMessage(head + "steps:\n  data:\n    minutes: lots\n"),
      "t.yaml:8:14: steps.data.minutes: expected a whole number, found 'lots'")
  }

  func testReferenceBoxKindIsChecked() {
    XCTAssertEqual(
      templateMessage(head + "reference:\n  boxes:\n    - {id: a, label: A, kind: cahce}\n"),
      "t.yaml:8:31: reference.boxes[0].kind: unknown component kind 'cahce' (did you mean 'cache'?)")
  }

  func testDifficultyAndVersion() {
    XCTAssertEqual(
      templateMessage("mlsd-template: 1\nid: t\ntitle: T\ndifficulty: brutal\nprompt: P\n"),
      "t.yaml:4:13: difficulty: unknown difficulty 'brutal' (one of: easy, medium, hard)")
    XCTAssertEqual(templateMessage("id: t\n"), "t.yaml:1:1: a template needs 'mlsd-template'")
  }

  func testCatalogueMistakes() {
    let text =
      "mlsd-catalogue: 1\nkinds:\n  - id: x\n    name: X\n    category: storag\n    step: data\n    description: d\n"
    XCTAssertThrowsError(try CatalogueDecoder.decode(text, name: "c.yaml")) { error in
      XCTAssertEqual("\(error)", "c.yaml:5:15: kinds[0].category: unknown category 'storag' (did you mean 'storage'?)")
    }
  }

  func testThemeMistakes() {
    let text = "mlsd-theme: 1\nname: t\nroles:\n  box: {fg: 300}\n"
    XCTAssertThrowsError(try ThemeDecoder.decode(text, name: "th.yaml")) { error in
      XCTAssertEqual("\(error)", "th.yaml:4:13: roles.box.fg: 300 is out of range (0...255)")
    }
    XCTAssertThrowsError(try ThemeDecoder.decode("mlsd-theme: 1\nname: t\nroles:\n  boxx: {}\n", name: "th.yaml")) {
      XCTAssertEqual("\($0)", "th.yaml:4:3: roles: unknown key 'boxx' in roles (did you mean 'box'?)")
    }
  }

  func testEveryBuiltinThemeAndTemplateLoads() {
    let library = Fixtures.library
    XCTAssertEqual(library.problems.map(\.description), [])
    XCTAssertNotNil(library.theme("dark"))
    for template in library.templates {
      for step in Step.allCases where template.id != "blank" {
        XCTAssertGreaterThanOrEqual(template.guide(for: step).questions.count, 3, "\(template.id) \(step)")
      }
    }
  }

  func testUserFolderTemplatesReplaceAndExtendBuiltins() throws {
    let folder = NSTemporaryDirectory() + "mlsd-cfg-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try (head.replacingOccurrences(of: "id: t", with: "id: mine")).write(
      toFile: folder + "/templates/mine.yaml", atomically: true, encoding: .utf8)
    try "not: [valid".write(toFile: folder + "/templates/broken.yaml", atomically: true, encoding: .utf8)
    let library = Library.load(locations: DataLocations(configFolder: folder, dataFolder: nil))
    XCTAssertNotNil(library.template("mine"))
    XCTAssertNotNil(library.template("blank"))
    XCTAssertEqual(library.problems.count, 1)
    XCTAssertTrue(library.problems[0].description.hasPrefix(folder + "/templates/broken.yaml:"))
  }
}

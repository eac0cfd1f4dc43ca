// A board file naming a template the library lacks is reported as every load error is, at the
// `template:` value's FILE:LINE:COLUMN with the nearest id; and `check --format json` on a file
// that does not load prints a JSON object naming the error (LoadErrorJSON).
import Foundation
import XCTest

@testable import MLSDCore

final class TemplateLintTests: XCTestCase {
  let known = Fixtures.library.templates.map(\.id)

  func testAnUnknownTemplateIsLocatedAtItsValue() {
    let text = "title: Feed\ntemplate: news-fed\nboxes: []\n"
    let error = TemplateLint.unknownTemplate("news-fed", in: text, name: "r.yaml", known: known)
    XCTAssertEqual(
      error.description,
      "r.yaml:2:11: template: unknown template 'news-fed' (did you mean 'news-feed'?); `mlsd templates` lists them"
    )
  }

  func testWithoutTheTextTheErrorStillNamesTheFileAndField() {
    let error = TemplateLint.unknownTemplate("zzzz", in: nil, name: "r.yaml", known: known)
    XCTAssertEqual(error.description, "r.yaml: template: unknown template 'zzzz'; `mlsd templates` lists them")
  }

  func testTheJSONErrorObjectParsesAndNamesEachProblem() throws {
    let problems = [
      LoadError(file: "b.yaml", line: 3, column: 5, message: "boxes[0]: unknown key 'colour'"),
      LoadError(file: "b.yaml", line: 7, column: 1, message: "arrows[0].to: no box 'x'"),
    ]
    let text = LoadErrorJSON.encode(
      file: "b.yaml", message: problems.map(\.description).joined(separator: "\n"), problems: problems)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    XCTAssertEqual(object["schema"] as? String, "mlsd-check")
    XCTAssertEqual(object["version"] as? Int, 1)
    XCTAssertEqual(object["file"] as? String, "b.yaml")
    XCTAssertEqual(object["passed"] as? Bool, false)
    XCTAssertEqual(
      object["error"] as? String, "b.yaml:3:5: boxes[0]: unknown key 'colour'\nb.yaml:7:1: arrows[0].to: no box 'x'")
    let listed = try XCTUnwrap(object["problems"] as? [[String: Any]])
    XCTAssertEqual(listed.map { $0["line"] as? Int }, [3, 7])
    XCTAssertEqual(listed.map { $0["column"] as? Int }, [5, 1])
    XCTAssertEqual(listed.first?["message"] as? String, "boxes[0]: unknown key 'colour'")
    XCTAssertNil(object["score"], "no report fields: the file was not checked")
  }

  func testAMessageWithoutAPlaceIsOneProblemAtLineZero() throws {
    let text = LoadErrorJSON.encode(file: "b.yaml", message: "unknown template 'x'", problems: [])
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let listed = try XCTUnwrap(object["problems"] as? [[String: Any]])
    XCTAssertEqual(listed.count, 1)
    XCTAssertEqual(listed.first?["line"] as? Int, 0)
    XCTAssertEqual(listed.first?["message"] as? String, "unknown template 'x'")
  }
}

// ASCIIBytes says a string cannot occur in a text only when it truly cannot.
import XCTest

@testable import MLSDCore

final class ASCIIBytesTests: XCTestCase {
  func testItKnowsTheBytesOfAnASCIIText() throws {
    let bytes = try XCTUnwrap(ASCIIBytes("Kafka ingest (events), v2 <br>"))
    for present in ["(", ",", "<br", " ", "K", "~"] where "Kafka ingest (events), v2 <br>".contains(present) {
      XCTAssertTrue(bytes.containsAll(of: present), present)
    }
    for absent in [":", "[", " - ", " – ", "~", "é"] {
      XCTAssertFalse(bytes.containsAll(of: absent), absent)
    }
    XCTAssertTrue(bytes.containsAll(of: ""), "the empty string is in every text")
  }

  func testATextBeyondASCIIHasNoSet() {
    XCTAssertNil(ASCIIBytes("Feature store – online"))
    XCTAssertNil(ASCIIBytes("推荐系统"))
    XCTAssertNotNil(ASCIIBytes(""))
  }

  /// Every ASCII string of up to two bytes in a few texts: a false "absent" would skip a search
  /// that finds something.
  func testNoStringInTheTextIsSaidToBeAbsent() throws {
    let texts = ["Saved models, one per week", "Pass 2: lightweight net", "A - B [x] <br/> (y)", ""]
    let printable = (32..<127).map { String(UnicodeScalar(UInt8($0))) }
    for text in texts {
      let bytes = try XCTUnwrap(ASCIIBytes(text))
      for a in printable {
        XCTAssertEqual(bytes.containsAll(of: a), text.contains(a), "\(text): \(a)")
        for b in ["(", " ", "-", ":"] where text.contains(a + b) {
          XCTAssertTrue(bytes.containsAll(of: a + b), "\(text): \(a + b)")
        }
      }
    }
  }
}

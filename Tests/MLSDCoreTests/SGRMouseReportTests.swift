// SGR mouse reports (ESC [ < b ; x ; y M/m) are read whole and become mouse events; before, under
// a TERM whose kmous is X10 the report's digits ran as keys ("1" opened step 1's notes).
import XCTest

@testable import MLSDCore

final class SGRMouseReportTests: XCTestCase {
  func testPressAndReleaseOfTheLeftButton() throws {
    var down = false
    let press = try XCTUnwrap(SGRMouseReport(body: "0;12;6M"))
    XCTAssertEqual(press, SGRMouseReport(button: 0, x: 11, y: 5, released: false))
    XCTAssertEqual(press.event(buttonDown: &down, time: 1), MouseEvent(.press, x: 11, y: 5, time: 1))
    XCTAssertTrue(down)
    let release = try XCTUnwrap(SGRMouseReport(body: "0;12;6m"))
    XCTAssertEqual(release.event(buttonDown: &down, time: 2), MouseEvent(.release, x: 11, y: 5, time: 2))
    XCTAssertFalse(down)
  }

  func testMotionWithTheButtonHeldIsADrag() throws {
    var down = true
    let motion = try XCTUnwrap(SGRMouseReport(body: "32;300;6M"))
    XCTAssertEqual(motion.event(buttonDown: &down, time: 0), MouseEvent(.drag, x: 299, y: 5), "past column 223")
    down = false
    XCTAssertNil(motion.event(buttonDown: &down, time: 0), "motion with no press seen is no drag")
  }

  func testWheelAndOtherButtons() throws {
    var down = false
    XCTAssertEqual(SGRMouseReport(body: "64;3;4M")?.event(buttonDown: &down, time: 0), MouseEvent(.wheelUp, x: 2, y: 3))
    XCTAssertEqual(
      SGRMouseReport(body: "65;3;4M")?.event(buttonDown: &down, time: 0), MouseEvent(.wheelDown, x: 2, y: 3))
    XCTAssertNil(SGRMouseReport(body: "2;3;4M")?.event(buttonDown: &down, time: 0), "right button")
    XCTAssertNil(SGRMouseReport(body: "1;3;4M")?.event(buttonDown: &down, time: 0), "middle button")
    XCTAssertFalse(down)
    XCTAssertEqual(
      SGRMouseReport(body: "16;3;4M")?.event(buttonDown: &down, time: 0), MouseEvent(.press, x: 2, y: 3), "Ctrl-click")
  }

  func testWhatIsNotAWholeReport() {
    for body in ["", "0;12;6", "0;12M", "0;12;6;7M", ";12;6M", "0;0;6M", "0;12;x6M", "0;123456;6M", "0;12;6Q"] {
      XCTAssertNil(SGRMouseReport(body: body), body)
    }
    XCTAssertTrue(SGRMouseReport.ends("M"))
    XCTAssertTrue(SGRMouseReport.ends("m"))
    XCTAssertFalse(SGRMouseReport.ends(";"))
    XCTAssertLessThanOrEqual("65535;65535;65535M".count, SGRMouseReport.longestBody)
  }
}

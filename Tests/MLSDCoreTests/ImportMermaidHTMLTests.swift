// The HTML and Markdown inside Mermaid labels, read as mermaid.js draws them (the fixture
// Tests/readers/mermaid-inputs/html-labels.mmd is checked against mermaid.js itself).
import XCTest

@testable import MLSDCore

final class ImportMermaidHTMLTests: XCTestCase {
  func testFormattingTagsLeaveTheirText() {
    XCTAssertEqual(MermaidHTML.lines("<b>Bold</b> and <I>it</I>"), ["Bold and it"])
    XCTAssertEqual(MermaidHTML.lines("<span style=\"color:red\">red</span> <font color=blue>x</font>"), ["red x"])
    XCTAssertEqual(MermaidHTML.lines("e = mc<sup>2</sup><img src=\"a.png\"/>"), ["e = mc2"])
  }

  func testBreaksAndBlocksStartLines() {
    XCTAssertEqual(MermaidHTML.lines("a<br>b<br/>c<BR />d< br>"), ["a", "b", "c", "d< br>"])
    XCTAssertEqual(MermaidHTML.lines("x<br/><br/>y"), ["x", "", "y"])
    XCTAssertEqual(MermaidHTML.lines("<p>Serve</p> <p>Triton</p>"), ["Serve", "Triton"])
    XCTAssertEqual(MermaidHTML.lines("<div>one</div>"), ["one"])
    XCTAssertEqual(MermaidHTML.lines("<ul><li>a</li><li>b</li></ul>"), ["a", "b"])
  }

  func testScriptAndStyleDropWhatTheyHold() {
    XCTAssertEqual(MermaidHTML.lines("<script>alert(1)</script>Safe"), ["Safe"])
    XCTAssertEqual(MermaidHTML.lines("a<style>p { color: red }</style>b"), ["ab"])
    XCTAssertEqual(MermaidHTML.lines("a<script>never closed"), ["a"])
  }

  func testTextThatIsNoTagStaysAsWritten() {
    XCTAssertEqual(MermaidHTML.lines("p50 < p99 > p10"), ["p50 < p99 > p10"])
    XCTAssertEqual(MermaidHTML.lines("List<int> of <T>"), ["List<int> of <T>"])
    XCTAssertEqual(MermaidHTML.lines("<b unclosed"), ["<b unclosed"])
    XCTAssertEqual(MermaidHTML.lines("<bold>"), ["<bold>"])
  }

  func testHTMLEntitiesAreDecodedAfterTheTags() {
    XCTAssertEqual(MermaidHTML.lines("R &amp; D &lt;b&gt; &#35;1 &#x1F680; &nbsp;"), ["R & D <b> #1 🚀 \u{A0}"])
    XCTAssertEqual(MermaidHTML.lines("AT&T; R&D &unknown; &#xZZ;"), ["AT&T; R&D &unknown; &#xZZ;"])
  }

  func testOneLineJoinsTheLines() {
    XCTAssertEqual(MermaidHTML.oneLine("<b>scores</b><br>per item"), "scores per item")
  }

  func testMarkdownEmphasisMarksPairUp() {
    XCTAssertEqual(MermaidMarkdown.plain("**Bold** candidate generator"), "Bold candidate generator")
    XCTAssertEqual(MermaidMarkdown.plain("*fast* and __big__ _it_"), "fast and big it")
    XCTAssertEqual(MermaidMarkdown.plain("feature_store_v2 2 * 3"), "feature_store_v2 2 * 3")
    XCTAssertEqual(MermaidMarkdown.plain("a ** b unmatched*"), "a ** b unmatched*")
    // As CommonMark reads it: one of the two opening marks pairs with the closing one.
    XCTAssertEqual(MermaidMarkdown.plain("a**b c*"), "a*b c")
    XCTAssertEqual(MermaidMarkdown.plain("***both***"), "both")
    XCTAssertEqual(MermaidMarkdown.plain("**outer *inner* end**"), "outer inner end")
  }
}

// The key table: the dispatch reads it, the help overlay, the status hints, the cheat sheet and
// the README's key reference are printed from it, and an entry added to it shows in all of them.
import Foundation
import XCTest

@testable import MLSDCore

final class KeyTableTests: XCTestCase {
  /// What every normal-mode key ran before the table replaced the `switch` (it must not change).
  static let normalKeys: [Key: Command] = {
    var keys: [Key: Command] = [
      .up: .select(.up), .char("k"): .select(.up), .down: .select(.down), .char("j"): .select(.down),
      .left: .select(.left), .char("h"): .select(.left), .right: .select(.right), .char("l"): .select(.right),
      .shiftUp: .pan(.up), .shiftDown: .pan(.down), .char("J"): .pan(.down), .shiftLeft: .pan(.left),
      .char("H"): .pan(.left), .shiftRight: .pan(.right), .char("a"): .add, .char("K"): .setKind,
      .enter: .editLabel, .char("i"): .editLabel, .char("d"): .editDetail, .char("c"): .connect,
      .char("m"): .move, .char("r"): .resize, .char("x"): .delete, .delete: .delete, .char("u"): .undo,
      .ctrl("z"): .undo, .ctrl("r"): .redo, .ctrl("y"): .redo, .char("L"): .layout, .tab: .nextArrow,
      .backTab: .previousArrow, .char("R"): .reverseArrow, .char("y"): .copy, .char("p"): .paste,
      .char("/"): .find, .char("n"): .findNext, .char("E"): .externalNotes, .char(":"): .commandLine,
      .ctrl("s"): .save, .char("q"): .quit, .ctrl("c"): .quit, .ctrl("q"): .quit, .char("?"): .help,
      .function(1): .help, .char("t"): .nextTab, .char("P"): .togglePanel, .escape: .deselect,
      .char("T"): .editTitle, .char("g"): .home, .home: .home, .ctrl("l"): .redraw, .char("f"): .nextFinding,
      .char("s"): .arrowStyle, .pageDown: .panelPage(1), .pageUp: .panelPage(-1), .char("A"): .answerFollowUp,
      .char("S"): .skipFollowUp, .char(" "): .mark, .char("v"): .mark, .char("G"): .newGroup,
      .char(">"): .joinGroup, .char("<"): .leaveGroup, .char("o"): .selectGroup,
    ]
    for n in 1...7 { keys[.char(Character("\(n)"))] = .notes(Step(number: n)!) }
    keys[.char("z")] = .zoom
    return keys
  }()

  func testNormalModeDispatchIsTheTableAndRunsWhatItRanBefore() {
    for (key, command) in Self.normalKeys {
      XCTAssertEqual(KeyMap.command(for: key), command, "\(key)")
    }
    let bound = KeyMap.table.entries.filter { $0.mode == .normal }.flatMap(\.bindings)
    XCTAssertEqual(Set(bound.map(\.key)), Set(Self.normalKeys.keys), "the table binds exactly these keys")
    for key: Key in [.char("b"), .char("0"), .char("8"), .ctrl("x"), .end, .backspace, .function(2)] {
      XCTAssertNil(KeyMap.command(for: key), "\(key)")
    }
  }

  func testNoKeyIsBoundTwiceInAMode() {
    for mode in KeyMode.allCases {
      let keys = KeyMap.table.entries.filter { $0.mode == mode }.flatMap(\.bindings).map(\.key)
      XCTAssertEqual(keys.count, Set(keys).count, "\(mode) binds a key twice")
    }
  }

  func testTheRecentKeysAreInTheTable() {
    let rows = KeyCheatSheet.text()
    for row in [
      "K                   set the box's component kind",
      "A / S               answer the follow-up in its step's notes",
      ":ask  :skip         ask the next follow-up question",
      "Ctrl-Z              undo in the notes",
      "Ctrl-Y / Ctrl-R     redo in the notes",
      "Enter               declare the kind (the last row clears it)",
    ] {
      XCTAssertTrue(rows.contains(row), "the cheat sheet lacks: \(row)")
    }
  }

  /// At 80 columns the help window is 78 wide and its rows 74: no row is cut there.
  func testEveryRowFitsTheHelpOverlayAtEightyColumns() {
    for (line, _) in HelpView.lines() {
      XCTAssertLessThanOrEqual(DisplayWidth.of(line), 74, line)
    }
  }

  func testStatusHintsComeFromTheTable() {
    XCTAssertEqual(
      KeyMap.hints(for: .normal, selection: .box("a")),
      "K kind  Enter label  c connect  m move  x delete  G group  Space mark  u undo  a add  1-7 notes  : command  ? help"
    )
    XCTAssertEqual(
      KeyMap.hints(for: .normal, selection: .arrow(0, anchor: nil)),
      "Enter label  R reverse  s style  x delete  Tab next arrow  Esc back  ? help")
    XCTAssertEqual(
      KeyMap.hints(for: .normal, selection: nil),
      "a add  hjkl select  1-7 notes  : command  Ctrl-S save  q quit  ? help  z zoom")
    XCTAssertEqual(
      KeyMap.hints(for: .normal, selection: .group("g", anchor: nil)),
      "Enter rename  x delete group  > add marked  m move  Esc back  ? help")
    XCTAssertEqual(
      KeyMap.hints(for: .joinGroup(boxes: ["a"], target: nil, query: TextField()), selection: nil),
      "↑↓ choose  type to choose  Enter add  Esc cancel")
    XCTAssertEqual(
      KeyMap.hints(for: .palette(query: TextField(), index: 0), selection: nil),
      "type label or kind  ↑↓ choose  Enter add  Esc cancel")
    XCTAssertEqual(
      KeyMap.hints(for: .notes(.data, TextArea("")), selection: nil),
      "Esc or Ctrl-S done  arrows move  Enter new line  Ctrl-Z undo  Ctrl-Y redo")
    XCTAssertEqual(
      KeyMap.table.hints(for: .review), "↑↓ PgUp PgDn scroll  ←→ pan  :export review FILE  :w save  q quit  ? help")
  }

  func testAnEntryAddedToTheTableShowsEverywhereWithNoOtherEdit() {
    let entry = KeyEntry(
      mode: .normal, section: "Edit the diagram", keys: "~", bindings: [KeyBinding(.char("~"), .layout)],
      help: "zip the board into a tidy layout", hint: KeyHint("~", "zip", rank: 0, when: [.box]))
    let table = KeyMap.table.appending(entry)
    let row = "~                   zip the board into a tidy layout"
    XCTAssertFalse(HelpView.lines().map(\.0).contains("  " + row), "not in the shipped table")
    let help = HelpView.lines(table).map(\.0)
    let edit = help.firstIndex(of: "Edit the diagram")!
    let notes = help.firstIndex(of: "Notes and panel")!
    XCTAssertEqual(help.firstIndex(of: "  " + row).map { $0 > edit && $0 < notes }, true, help.joined(separator: "\n"))
    XCTAssertTrue(KeyCheatSheet.text(table).contains("\n  " + row + "\n"))
    XCTAssertTrue(KeyCheatSheet.markdown(table).contains("| `~` | zip the board into a tidy layout |\n"))
    XCTAssertEqual(table.command(for: .char("~")), .layout)
    XCTAssertNil(KeyMap.table.command(for: .char("~")))
    XCTAssertTrue(table.hints(for: .normal, context: .box).hasPrefix("~ zip  K kind"))
  }

  func testMarkdownEscapesBarsAndSplitsAlternativeKeys() {
    let markdown = KeyCheatSheet.markdown()
    XCTAssertTrue(markdown.contains("| `:layout [lr\\|tb]` | auto-layout left to right or top to bottom |"), markdown)
    XCTAssertTrue(markdown.contains("| `u` / `Ctrl-Z` | undo |"), markdown)
  }

  /// The README's key reference, between its markers, is what `mlsd keys --markdown` prints.
  func testTheReadmeKeyReferenceIsTheGeneratedMarkdown() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let begin = "<!-- keys: begin -->"
    let end = "<!-- keys: end -->"
    let start = try XCTUnwrap(text.range(of: begin), "README.md has no \(begin) marker")
    let stop = try XCTUnwrap(text.range(of: end, range: start.upperBound..<text.endIndex), "no \(end) marker")
    let section = String(text[start.upperBound..<stop.lowerBound])
    let generated = "\n" + KeyCheatSheet.markdown() + "\n"
    guard section != generated else { return }
    let have = section.components(separatedBy: "\n")
    let want = generated.components(separatedBy: "\n")
    let common = min(have.count, want.count)
    let row = (0..<common).first { have[$0] != want[$0] } ?? common
    XCTFail(
      "README.md's key reference differs from the key table (run scripts/readme-keys); first difference at line "
        + "\(row + 1) of the section: README has \(row < have.count ? have[row] : "(nothing)"), "
        + "the table gives \(row < want.count ? want[row] : "(nothing)")")
  }
}

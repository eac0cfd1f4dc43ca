// A key the terminal sent as an escape sequence that ncurses did not recognise: ncurses hands
// back ESC and then the sequence's characters one by one when the TERM entry does not name it
// (End arrives as ESC [ 4 ~ from tmux, which xterm-256color's entry spells ESC O F). The
// terminal adapter reads the characters after ESC and hands them here, so that a sequence is
// taken whole: a known one becomes its key, an unknown one is dropped, and none of it runs as
// Esc followed by typed keys.

public enum EscapeSequence {
  /// The longest body read after ESC; a longer run is not a key and is dropped.
  public static let longestBody = 16

  /// Whether `character`, right after ESC, starts a sequence: "[" (CSI) or "O" (SS3). Anything
  /// else after ESC is a key of its own.
  public static func starts(_ character: Character) -> Bool { character == "[" || character == "O" }

  /// Whether `body` (the characters after ESC) is a whole sequence: SS3 and one character, or
  /// CSI, its parameters and a final character from "@" to "~" (the Linux console's F1–F5,
  /// "[[A" to "[[E", take one more).
  public static func isComplete(_ body: String) -> Bool {
    let scalars = Array(body.unicodeScalars)
    guard let first = scalars.first else { return false }
    if first == "O" { return scalars.count >= 2 }
    guard first == "[", scalars.count >= 2 else { return false }
    if scalars[1] == "[" { return scalars.count >= 3 }
    return (0x40...0x7E).contains(scalars[scalars.count - 1].value)
  }

  /// The key a whole sequence stands for, or nil for one the app has no key for (dropped).
  public static func key(_ body: String) -> Key? {
    guard isComplete(body), let final = body.last else { return nil }
    if body.first == "O" { return body.count == 2 ? letterKey(final, modifier: 1) : nil }
    if body.hasPrefix("[[") { return nil }
    let parameters = body.dropFirst().dropLast()
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    if !parameters.isEmpty && numbers.contains(nil) { return nil }
    let first = numbers.first.flatMap { $0 } ?? 1
    let modifier = numbers.count > 1 ? numbers[1] ?? 1 : 1
    if final == "~" { return tildeKey(first) }
    // A letter key takes no number but "1" before its modifier (ESC [ 1 ; 2 A is Shift+Up).
    guard first == 1, numbers.count <= 2 else { return nil }
    return letterKey(final, modifier: modifier)
  }

  /// ESC [ n ~: the vt220 and xterm numbering (Home is 1 or 7, End 4 or 8).
  private static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: .home
    case 4, 8: .end
    case 3: .delete
    case 5: .pageUp
    case 6: .pageDown
    case 11...15: .function(number - 10)
    case 17...21: .function(number - 11)
    case 23, 24: .function(number - 12)
    default: nil
    }
  }

  /// ESC [ letter or ESC O letter; modifier 2 is Shift (the arrows then take the large step).
  private static func letterKey(_ letter: Character, modifier: Int) -> Key? {
    let shift = modifier == 2
    switch letter {
    case "A": return shift ? .shiftUp : .up
    case "B": return shift ? .shiftDown : .down
    case "C": return shift ? .shiftRight : .right
    case "D": return shift ? .shiftLeft : .left
    case "H": return .home
    case "F": return .end
    case "Z": return .backTab
    case "P": return .function(1)
    case "Q": return .function(2)
    case "R": return .function(3)
    case "S": return .function(4)
    default: return nil
    }
  }
}

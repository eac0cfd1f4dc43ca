// How many words a text has, as every command that shows a count counts them: runs between white
// space that hold a letter ("p99", "P(txn", "don't"), not marks alone ("→", "=", "/", "-") nor
// bare numbers. `mlsd info`, `mlsd check` (notes.thin) and the practice rubric all count so.

public enum WordCount {
  public static func of(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }.count
  }
}

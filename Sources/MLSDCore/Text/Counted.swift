/// A number with its noun, singular for one: "1 error", "2 errors", "0 hints".
/// Every count a person reads (the checklist, the status line, `mlsd check`, reviews, stats) says it this way.
public enum Counted {
  public static func of(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

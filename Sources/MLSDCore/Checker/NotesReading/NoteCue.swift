// One way of saying something in the notes ("a split by date", "a random split"), as a head
// pattern plus patterns that must, or must not, occur in the same clause or sentence:
//
//   "random|shuffl & split|test|holdout"          the head and the other in one clause
//   "cross validat & !time sery|rolling|forward"  the head, and none of the others
//
// A hit whose head is negated ("we do not shuffle", "instead of a random split") does not count;
// for cues that name a mistake, neither does one the sentence goes on to disown ("a random split
// would leak").

struct NoteCue: Sendable {
  enum Scope: Sendable { case clause, sentence }
  enum Negation: Sendable {
    /// A negation word shortly before the head cancels the hit.
    case before
    /// As `.before`, and a disowning word shortly after the hit ("would leak", "is misleading").
    case beforeOrDisowned
    /// The cue carries its own negation ("no feature sees the future"): never cancelled.
    case none
  }

  let name: String
  let head: NotePattern
  let also: [NotePattern]
  let none: [NotePattern]
  let scope: Scope
  let negation: Negation

  init(_ name: String, _ source: String, in scope: Scope = .clause, negation: Negation = .before) {
    self.name = name
    let parts = source.split(separator: "&").map { $0.trimmingSpaces() }
    let classes = NoteVocabulary.classes
    head = NotePattern(parts[0], classes: classes)
    also = parts.dropFirst().filter { !$0.hasPrefix("!") }.map { NotePattern($0, classes: classes) }
    none = parts.dropFirst().filter { $0.hasPrefix("!") }.map { NotePattern(String($0.dropFirst()), classes: classes) }
    self.scope = scope
    self.negation = negation
  }

  /// The word ranges of the head wherever the cue holds in the sentence and is not negated.
  func hits(in sentence: NoteSentence) -> [Range<Int>] {
    guard head.mayMatch(sentence), also.allSatisfy({ $0.mayMatch(sentence) }) else { return [] }
    let words = sentence.words
    let scopes = scope == .clause ? sentence.clauseRanges : [0..<words.count]
    var out: [Range<Int>] = []
    for range in scopes {
      guard also.allSatisfy({ !$0.matches(words, in: range).isEmpty }),
        none.allSatisfy({ !$0.mayMatch(sentence) || $0.matches(words, in: range).isEmpty })
      else { continue }
      for hit in head.matches(words, in: range) where !negated(hit, in: sentence) {
        out.append(hit)
      }
    }
    return out
  }

  func holds(in sentence: NoteSentence) -> Bool { !hits(in: sentence).isEmpty }

  private func negated(_ hit: Range<Int>, in sentence: NoteSentence) -> Bool {
    switch negation {
    case .none: return false
    case .before: return NoteVocabulary.negatedBefore(hit, in: sentence)
    case .beforeOrDisowned:
      return NoteVocabulary.negatedBefore(hit, in: sentence) || NoteVocabulary.disownedAfter(hit, in: sentence)
    }
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}

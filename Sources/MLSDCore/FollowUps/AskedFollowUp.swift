// A follow-up the interviewer put to the candidate, and what became of it.

public struct AskedFollowUp: Hashable, Sendable {
  public var id: String
  /// App-clock seconds when it was asked.
  public var askedAt: Double
  /// The candidate set it aside (the question stays in the review, unanswered unless the notes
  /// answer it after all).
  public var skipped: Bool
  /// The notes of its step answered it (its key ideas were found).
  public var answered: Bool

  public init(id: String, askedAt: Double, skipped: Bool = false, answered: Bool = false) {
    self.id = id
    self.askedAt = askedAt
    self.skipped = skipped
    self.answered = answered
  }

  /// Still listed in the interviewer panel: neither answered nor skipped.
  public var isOpen: Bool { !skipped && !answered }
}

/// One follow-up as the review shows it: how it came to be listed and how the notes answer it.
public struct FollowUpResult: Hashable, Sendable {
  public enum Origin: String, Hashable, Sendable {
    /// Asked during the session (or with `:ask`).
    case asked
    /// Asked, then skipped.
    case skipped
    /// Not asked, but the board triggers it (headless reviews, sessions where none was asked).
    case triggered
  }

  public var origin: Origin
  public var answer: FollowUpAnswer

  public var followUp: FollowUp { answer.followUp }
  public var isAnswered: Bool { answer.isAnswered }
}

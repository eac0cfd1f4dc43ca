// A named part of AppState: the practice session and the interviewer's follow-up questions.
import Foundation

struct PracticeState: Sendable {
  /// The timed practice session (`mlsd practice`), nil on an ordinary whiteboard.
  var practice: PracticeMode?
  /// The interviewer's follow-up questions: in a practice session, or after `:ask`.
  var interviewer: Interviewer?
  /// The step whose notes were opened last (the session's first step until then): the
  /// interviewer's step change, which drawing (moving only the clock) does not make.
  var notesStep: Step?
  /// The calendar date at one moment of the app clock, to date a practice session when its clock
  /// starts without reading the wall clock here.
  var dateOrigin: (date: Date, at: Double)?
  /// Rows of the practice review page at the current width (for scrolling).
  var reviewPageHeight: Int = 0
  /// The review's diagrams fitted to the screen (made again when the screen's size changes).
  var reviewFit: PracticeReview.Fit?
  /// The fits and page heights already made for this review, by screen size, so that resizing
  /// back to a size seen before fits nothing again (a fit takes a good part of a second on a
  /// large reference). Emptied when a session ends with a new review.
  var reviewFits: [ReviewFitKey: (fit: PracticeReview.Fit, pageHeight: Int)] = [:]
  /// The screen size whose fit the runner is making off the main loop; nil when none is wanted.
  var reviewFitWanted: ReviewFitKey?
  /// Counts the reviews made, so that a fit made for an earlier review is never shown on a later one.
  var reviewNumber = 0
}

/// A screen size the review was fitted to, and whether its page was measured in ASCII.
struct ReviewFitKey: Hashable, Sendable {
  var width: Int
  var height: Int
  var ascii: Bool
}

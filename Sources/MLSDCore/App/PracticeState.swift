// A named part of AppState: the practice session and the interviewer's follow-up questions.
import Foundation

struct PracticeState: Sendable {
  /// The timed practice session (`mlsd practice`), nil on an ordinary whiteboard.
  var practice: PracticeMode?
  /// The interviewer's follow-up questions: in a practice session, or after `:ask`.
  var interviewer: Interviewer?
  /// The calendar date at one moment of the app clock, to date a practice session when its clock
  /// starts without reading the wall clock here.
  var dateOrigin: (date: Date, at: Double)?
  /// Rows of the practice review page at the current width (for scrolling).
  var reviewPageHeight: Int = 0
  /// The review's diagrams fitted to the screen (made again when the screen's size changes).
  var reviewFit: PracticeReview.Fit?
}

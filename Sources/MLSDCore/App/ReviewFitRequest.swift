// The practice review's diagrams fitted to one screen size, made off the main loop by the runner
// (a large reference takes seconds to fit at 80×24), as the zoom's fit is (FitRequest).

/// A review fit to make: the review, the screen size, and which review of the session it is.
public struct ReviewFitRequest: Sendable {
  let review: PracticeReview
  let key: ReviewFitKey
  let number: Int

  /// Fits the diagrams and measures the page at that width. Pure: safe on any thread.
  public func make() -> FittedReview {
    let fit = review.fit(width: key.width, height: key.height)
    let height = review.page(width: key.width, charset: key.ascii ? .ascii : .unicode, fit: fit).height
    return FittedReview(key: key, number: number, fit: fit, pageHeight: height)
  }
}

/// A review fit made for a `ReviewFitRequest`, for `AppState.receiveReviewFit`.
public struct FittedReview: Sendable {
  let key: ReviewFitKey
  let number: Int
  let fit: PracticeReview.Fit
  let pageHeight: Int
}

// Each arrow's label as drawn, for one routing: wrapped at most once, and taken from the
// previous drawing when the arrow's label string is the same (the text depends on nothing
// else: the width and line limits are constants). An edit changes few labels, so a routing
// after one wraps almost none; before, every label was wrapped again after each routing.

struct LabelTexts {
  private let arrows: [Arrow]
  private let previousArrows: [Arrow]
  private let previousRoutes: [ArrowRoute]
  private var texts: [LabelText?]
  private var known: [Bool]

  /// The texts of `arrows`; with `previous` (the arrows and routes of the drawing before an
  /// edit, the routes labelled by their routing), an unchanged label reuses its route's text.
  init(_ arrows: [Arrow], previous: (arrows: [Arrow], routes: [ArrowRoute])? = nil) {
    self.arrows = arrows
    previousArrows = previous?.arrows ?? []
    previousRoutes = previous?.routes ?? []
    texts = Array(repeating: nil, count: arrows.count)
    known = Array(repeating: false, count: arrows.count)
  }

  /// How many arrows there are.
  var count: Int { arrows.count }

  /// Arrow `i`'s label as drawn (nil for none or an empty one).
  mutating func text(_ i: Int) -> LabelText? {
    if known[i] { return texts[i] }
    let label = arrows[i].label
    var text: LabelText?
    // A previous route without a text for a label that has one was not labelled: wrap it.
    if i < previousArrows.count, i < previousRoutes.count, previousArrows[i].label == label,
      label == nil || previousRoutes[i].label != nil
    {
      text = previousRoutes[i].label
    } else {
      text = LabelPlacer.text(label)
    }
    texts[i] = text
    known[i] = true
    return text
  }

  /// Arrow `i`'s label size as drawn (nil for none).
  mutating func size(_ i: Int) -> LabelSize? { text(i)?.size }
}

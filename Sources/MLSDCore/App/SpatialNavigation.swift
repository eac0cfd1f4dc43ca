// Moving the selection between boxes the way the eye does: the nearest box in a direction.

public enum SpatialNavigation {
  /// The box nearest to `from` in `direction`, favouring boxes straight ahead over boxes off to
  /// the side; nil when there is none that way.
  public static func nearest(from: Box, toward direction: Direction, among boxes: [Box]) -> Box? {
    let a = from.frame.center
    var best: (score: Int, box: Box)?
    for box in boxes where box.id != from.id {
      let b = box.frame.center
      let ahead: Int
      let aside: Int
      switch direction {
      case .right: (ahead, aside) = (b.x - a.x, abs(b.y - a.y) * 2)
      case .left: (ahead, aside) = (a.x - b.x, abs(b.y - a.y) * 2)
      case .down: (ahead, aside) = ((b.y - a.y) * 2, abs(b.x - a.x))
      case .up: (ahead, aside) = ((a.y - b.y) * 2, abs(b.x - a.x))
      }
      guard ahead > 0 else { continue }
      let score = ahead + 2 * aside
      if score < best?.score ?? Int.max { best = (score, box) }
    }
    return best?.box
  }
}

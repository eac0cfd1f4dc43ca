// In a practice session, drawing moves the step clock as opening a step's notes does: a box added,
// renamed or given a kind, or an arrow drawn to a box, moves the clock to the step the box's
// component is discussed in (its catalogue kind's step), so that the minutes spent drawing the
// serving path count toward Serving, not toward whichever notes were opened last. A box of no
// known kind leaves the clock where it is. The interviewer's step-change question follows the
// notes opened (`PracticeState.notesStep`), so drawing brings no question of its own.

extension AppState {
  /// Moves the practice step clock to the step of the box an edit drew (see above).
  mutating func chargeDrawing(from before: Board) {
    guard practicePhase == .drawing, mode.notesDraft == nil, var session = practice,
      let step = drawnStep(from: before), step != session.session.currentStep
    else { return }
    session.focus(step, at: now)
    practice = session
  }

  /// The step of the last box the change from `before` added or relabelled, or drew an arrow to.
  func drawnStep(from before: Board) -> Step? {
    let old = Dictionary(before.boxes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let touched = board.boxes.filter { box in
      guard let was = old[box.id] else { return true }
      return was.label != box.label || was.kind != box.kind || was.detail != box.detail
    }
    let arrowTargets = board.arrows.filter { !before.arrows.contains($0) }.map(\.to)
    let ids = touched.map(\.id) + arrowTargets
    for id in ids.reversed() {
      if let step = componentStep(of: id) { return step }
    }
    return nil
  }

  /// The framework step of the box's component: its declared kind, else the kind read first.
  func componentStep(of id: String) -> Step? {
    guard let box = board.box(id) else { return nil }
    let catalogue = library.catalogue
    if let declared = box.kind, let kind = catalogue.kind(declared) { return kind.step }
    let read = report.reading.box(id)?.counted.first?.kind ?? catalogue.evidence(of: box).first?.kind
    return read.flatMap { catalogue.kind($0)?.step }
  }
}

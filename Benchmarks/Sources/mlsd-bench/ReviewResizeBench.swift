// The practice review resized, in process: a news-feed practice ended at once with `:done` on a
// 160×45 screen, then the screen resized through a list of sizes; each step is the resize (the
// review's diagrams fitted to the new size, or the fit kept for a size seen before, and the page
// measured) and the drawing of the screen. No terminal: Benchmarks/screen-fit.sh measures the
// same through tmux, key to screen.
import Foundation
import MLSDCore

enum ReviewResizeBench {
  static let header = ["step", "size", "seen before", "resize ms", "draw ms"]

  static func run(template id: String, sizes: [(Int, Int)], library: Library) throws -> [[String]] {
    guard let template = library.template(id) else { throw UsageError(description: "no template '\(id)'") }
    var state = AppState(
      board: template.newBoard(), filePath: nil, library: library, theme: .monochrome, width: 160, height: 45)
    let date = Date(timeIntervalSince1970: 0)
    state.startPractice(PracticeMode(template: template, minutes: 45, hints: false, now: 0, date: date), date: date)
    state.apply(.key(.enter))
    var rows: [[String]] = []
    let (_, doneMS) = Clock.measure {
      for key in [Key.char(":"), .char("d"), .char("o"), .char("n"), .char("e"), .enter] { state.apply(.key(key)) }
    }
    guard state.practicePhase == .review else { throw UsageError(description: ":done did not end the session") }
    let (_, firstDraw) = Clock.measure { _ = AppView.render(state) }
    rows.append([":done", "160x45", "-", Format.ms(doneMS), Format.ms(firstDraw)])
    var seen: Set<String> = ["160x45"]
    for (step, (width, height)) in sizes.enumerated() {
      let size = "\(width)x\(height)"
      let (_, resizeMS) = Clock.measure { state.apply(.resize(width: width, height: height)) }
      let (_, drawMS) = Clock.measure { _ = AppView.render(state) }
      rows.append([
        "resize \(step + 1)", size, seen.contains(size) ? "yes" : "no", Format.ms(resizeMS), Format.ms(drawMS),
      ])
      seen.insert(size)
    }
    return rows
  }
}

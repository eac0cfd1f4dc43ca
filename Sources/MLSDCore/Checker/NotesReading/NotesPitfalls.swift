// The three notes rules together, remembered for the last notes and template they read: the app
// checks the board after every edit, and most edits (a label, an arrow) leave the notes as they
// were, so reading them again would be wasted.
import Foundation

enum NotesPitfalls {
  static func checks(_ notes: StepNotes, template: Template?) -> [Check] {
    if let known = LastReading.shared.checks(notes, template: template) { return known }
    let read = ReadNotes(notes)
    let checks = LeakageRule.checks(read) + MetricRules.checks(read, template: template)
    LastReading.shared.remember(checks, notes: notes, template: template)
    return checks
  }
}

/// What the notes rules read of a template: comparing these is much cheaper than comparing
/// whole templates, reference design included.
private struct TemplateKey: Equatable {
  var id: String
  var prompt: String
  var questions: [[String]]
  var required: [ComponentRequirement]

  init?(_ template: Template?) {
    guard let template else { return nil }
    id = template.id
    prompt = template.prompt
    questions = Step.allCases.map { template.guide(for: $0).questions }
    required = template.required
  }
}

/// The last notes read and their checks, shared by every check in the process.
private final class LastReading: @unchecked Sendable {
  static let shared = LastReading()

  private let lock = NSLock()
  private var last: (notes: StepNotes, template: TemplateKey?, checks: [Check])?

  func checks(_ notes: StepNotes, template: Template?) -> [Check]? {
    lock.lock()
    defer { lock.unlock() }
    guard let last, last.notes == notes, last.template == TemplateKey(template) else { return nil }
    return last.checks
  }

  func remember(_ checks: [Check], notes: StepNotes, template: Template?) {
    lock.lock()
    defer { lock.unlock() }
    last = (notes, TemplateKey(template), checks)
  }
}

// What `mlsd practice` was asked for, and the rules that turn it into a template and a session
// length; shared by the CLI and the app so both pick templates the same way.

public struct PracticeOptions: Hashable, Sendable {
  public static let defaultMinutes = 45
  /// Sessions from 5 minutes (a drill) to 3 hours.
  public static let minutesRange = 5...180

  public var templateID: String?
  public var random: Bool
  public var minutes: Int
  public var hints: Bool
  /// The board file to draw on; nil for a scratch board.
  public var file: String?
  /// Follow-up questions the interviewer asks unprompted at most (0: none).
  public var followUps: Int
  public static let followUpsRange = 0...20
  /// Seconds without input after which the interviewer may ask.
  public var pauseSeconds: Int
  public static let pauseRange = 5...600

  public init(
    templateID: String? = nil, random: Bool = false, minutes: Int = PracticeOptions.defaultMinutes,
    hints: Bool = false, file: String? = nil, followUps: Int = Interviewer.defaultLimit,
    pauseSeconds: Int = Int(Interviewer.defaultPauseSeconds)
  ) {
    self.templateID = templateID
    self.random = random
    self.minutes = minutes
    self.hints = hints
    self.file = file
    self.followUps = followUps
    self.pauseSeconds = pauseSeconds
  }

  /// Templates worth practising: those with a reference design to compare against.
  public static func practiceTemplates(in library: Library) -> [Template] {
    library.templates.filter { !$0.reference.boxes.isEmpty }
  }

  /// The template to practise: the one named, else (with `random`) any practice template, else
  /// the board's own. Nil when none of these gives one the library knows.
  public func template(
    in library: Library, boardTemplate: String? = nil, using generator: inout some RandomNumberGenerator
  ) -> Template? {
    if let templateID { return library.template(templateID) }
    if random { return Self.practiceTemplates(in: library).randomElement(using: &generator) }
    return boardTemplate.flatMap(library.template)
  }
}

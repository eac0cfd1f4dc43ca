// The shared follow-up bank (Templates/followups-shared.yaml): questions about the generic ML
// pipeline that apply to any case study whose board triggers them.

public struct SharedFollowUps: Sendable {
  public static let fileID = "followups-shared"
  public var id: String
  public var followUps: [FollowUp]

  public init(id: String = SharedFollowUps.fileID, followUps: [FollowUp]) {
    self.id = id
    self.followUps = followUps
  }
}

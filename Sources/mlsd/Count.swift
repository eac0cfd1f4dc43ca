// "1 group", "3 groups": counts in the commands' messages.

enum Count {
  static func of(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
  }
}

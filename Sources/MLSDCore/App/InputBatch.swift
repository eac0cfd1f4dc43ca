// The run loop takes the input that is waiting as one batch, up to a limit, so that a long burst
// (an unbracketed paste, a slow ssh link) is drawn once and not once per key. The limit is checked
// before each read: an event is read only when the batch has room for it, and what is left waits
// in the terminal for the next batch.

public enum InputBatch {
  /// Events the run loop takes at once.
  public static let limit = 500

  /// `first` (the event the blocking read returned) and then what `next` returns, until it returns
  /// nil or the batch holds `limit` events. `next` is not called once the batch is full.
  public static func take<Event>(first: Event?, limit: Int = InputBatch.limit, next: () -> Event?) -> [Event] {
    guard let first, limit > 0 else { return [] }
    var batch = [first]
    while batch.count < limit, let event = next() {
      batch.append(event)
    }
    return batch
  }
}

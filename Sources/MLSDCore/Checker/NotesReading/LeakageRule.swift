// pitfall.leakage: do the notes split the data by time and compute features as of the label's
// time? A named mistake (a random split, k-fold, features as they are today, statistics fit on
// all the data) fails with the sentence that made it; silence fails with a message of its own.

enum LeakageRule {
  static let rule = RuleID.pitfallLeakage
  /// The steps whose notes are read: where candidates talk about splits, features and hold-outs.
  static let steps: [Step] = [.data, .model, .evaluation]

  /// What the notes say about time, sentence by sentence.
  enum Reading: Equatable {
    /// The first mistake, the sentence that makes it, the phrasing class that was recognised,
    /// and the phrasing classes of the other mistakes the notes make.
    case mistake(index: Int, sentence: NoteSentence, cue: String, others: [String])
    /// A correct statement and the phrasing class it was recognised by.
    case correct(sentence: NoteSentence, cue: String)
    /// No mistake and nothing about time, but this sentence splits the data ("80/10/10 split").
    case untimedSplit(sentence: NoteSentence)
    /// No mistake and nothing about time, and this sentence splits by group (user, drive, city)
    /// while the notes speak of events over time, which a split by group leaves free to leak.
    case groupSplitOverTime(sentence: NoteSentence)
    case silent
  }

  /// Whether a sentence that only shuffles (it says nothing random or uniform of the split) also
  /// keeps its hold-out in time order, so the shuffle is of the training rows.
  static func keepsTime(_ sentence: NoteSentence) -> Bool {
    guard sentence.stems.contains(NoteWord.stem("shuffle")),
      sentence.stems.isDisjoint(with: ["random", "randomly", "uniform", "uniformly"].map(NoteWord.stem))
    else { return false }
    return LeakageCues.correct.contains {
      LeakageCues.timeKeptBesideShuffle.contains($0.name) && $0.holds(in: sentence)
    }
  }

  static func read(_ sentences: [NoteSentence]) -> Reading {
    var found: [(index: Int, sentence: NoteSentence, cue: String)] = []
    // The split mistakes and the correct cues read each sentence without the span of time the
    // data covers ("80/20 split of the pairs from the last 10 weeks"): a span is no hold-out.
    let spanless = sentences.map(DataSpan.masked)
    for (sentence, bare) in zip(sentences, spanless) {
      for (index, mistake) in LeakageCues.mistakes.enumerated() where !found.contains(where: { $0.index == index }) {
        let read = index == 0 ? bare : sentence
        // A proportion of a split by group ("patient-level split 80/10/10") is the group rule's.
        let grouped = index == 0 && LeakageCues.groupSplit.contains { $0.holds(in: sentence) }
        if let cue = mistake.cues.first(where: {
          !(grouped && $0.name == "a split by proportion") && $0.holds(in: read)
        }),
          !(index == 0 && keepsTime(bare))
        {
          found.append((index, sentence, cue.name))
        }
      }
    }
    if let first = found.first {
      return .mistake(
        index: first.index, sentence: first.sentence, cue: first.cue, others: found.dropFirst().map(\.cue))
    }
    for (sentence, bare) in zip(sentences, spanless) {
      if let cue = LeakageCues.correct.first(where: { $0.holds(in: bare) }) {
        return .correct(sentence: sentence, cue: cue.name)
      }
    }
    // A split by group is the split that matters when nothing in the notes arrives in time order
    // (labelled images of a detector): no later event can reach an earlier row.
    if let group = sentences.first(where: { sentence in LeakageCues.groupSplit.contains { $0.holds(in: sentence) } }) {
      let timeOrdered = sentences.contains { !$0.stems.isDisjoint(with: LeakageCues.timeOrdered) }
      return timeOrdered ? .groupSplitOverTime(sentence: group) : .correct(sentence: group, cue: "a split by group")
    }
    if let split = sentences.first(where: { sentence in LeakageCues.splitTalk.contains { $0.holds(in: sentence) } }) {
      return .untimedSplit(sentence: split)
    }
    return .silent
  }

  static func checks(_ notes: StepNotes) -> [Check] { checks(ReadNotes(notes)) }

  static func checks(_ notes: ReadNotes) -> [Check] {
    // Made on every board, notes or none (silence is a finding too): made only once some notes
    // exist, it would lower the data score when another step got notes.
    let title = "Training data cut by time"
    let pointInTime = "and compute each feature as of the label's timestamp (point-in-time)."
    // A split (or none) that leaves leakage open: one finding, its message ending alike.
    func unproven(_ message: String, hint: String) -> [Check] {
      [
        Check(
          rule: rule, step: .data, title: title, passed: false, severity: .warning,
          message: message + ", so leakage cannot be ruled out", hint: hint)
      ]
    }
    switch read(notes.sentences(steps)) {
    case .mistake(let index, let sentence, let cue, let others):
      let mistake = LeakageCues.mistakes[index]
      let also = others.isEmpty ? "" : " (the notes also show " + others.joined(separator: ", ") + ")"
      return [
        Check(
          rule: rule, step: .data, title: title, passed: false, severity: .warning,
          message: mistake.message(for: cue) + ": " + NoteQuote.quote(sentence) + also, hint: mistake.hint)
      ]
    case .correct:
      return [Check(rule: rule, step: .data, title: title, passed: true, severity: .warning)]
    case .untimedSplit(let sentence):
      return unproven(
        "the notes split the data, " + NoteQuote.quote(sentence)
          + ", but never say the split follows time or that features are computed as of the prediction",
        hint: "Say which part is later: train on earlier weeks and test on the latest, " + pointInTime)
    case .groupSplitOverTime(let sentence):
      return unproven(
        "the notes split by group, " + NoteQuote.quote(sentence)
          + ", which keeps near duplicates apart, but the data are events over time and nothing says the test"
          + " part is later or that features are computed as of the prediction",
        hint: "Keep the groups apart and also split by time: train on earlier weeks, test on the latest, " + pointInTime
      )
    case .silent:
      return unproven(
        "the notes never say how the data is split or when features are computed",
        hint: "Say it in the data or model notes: split by time (train on earlier weeks, test on the latest) "
          + pointInTime)
    }
  }
}

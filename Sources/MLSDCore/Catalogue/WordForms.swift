// The word forms a label is read in: "Nightly model training", "trainer" and "trained model" all
// hold the word "train"; "logs", "logging" and "logged" hold "log". Labels and the catalogue's
// phrases go through the same reduction, so a name matches whatever form a person writes it in.

enum WordForms {
  /// Words whose ending only looks like a suffix ("embed" is not "emb" + "ed"; "mining" is no "min"),
  /// a plural that names data, not the one thing ("Connection edges" are a graph's rows, not an
  /// edge proxy), and a participle that names what is kept, not the work ("Precomputed PYMK" is the store of
  /// the results; "precompute" and "precomputation" are the batch job).
  private static let kept: Set<String> = [
    "embed", "feed", "seed", "need", "speed", "bed", "red", "shed", "user", "ring", "string", "thing",
    "bring", "during", "news", "series", "status", "bus", "alias", "canvas", "analysis", "basis", "axis",
    "redis", "kinesis", "prometheus", "consensus", "bias", "ads", "gas", "vs", "aws", "gcs", "ios",
    "hdfs", "dbs", "ms", "kms", "cms", "less", "mining", "precomputed", "segments", "edges",
  ]
  /// Singular nouns whose "-er" is no verb ending ("raters" are people, "rate" is a number;
  /// "posters" are people, "posts" what they write; an "indexer" builds the index it feeds; an
  /// "Ad server" is a machine, not the serving it does, a "browser" a program, not a person who
  /// browsed, and a "scheduler" the program, not the "schedule"; "recordings" are media, not
  /// records; a "listing" is a thing for rent or sale, not a "list" of results).
  private static let keptSingular: Set<String> = [
    "rater", "poster", "indexer", "server", "browser", "scheduler", "recording", "listing",
  ]

  /// Short forms engineers write for a word, read as the word ("Payment svc" is a payment service).
  private static let shortForms: [String: String] = ["svc": "service", "svcs": "services"]

  /// British spellings that are one word with the American one a catalogue phrase is written in
  /// ("Fitted pipeline artefact" keeps a model artifact).
  private static let spellings: [String: String] = ["artefact": "artifact", "artefacts": "artifacts"]

  /// The reduced form of one lower-case word: plural, -ing, -ed or -ion, then -er endings removed, a
  /// doubled last consonant left single ("logg" → "log"), a final "e" dropped ("serve" → "serv").
  static func stem(_ word: String) -> String {
    if let long = shortForms[word] { return stem(long) }
    let word = spellings[word] ?? word
    guard word.count > 3, !kept.contains(word), word.unicodeScalars.allSatisfy({ $0.isASCII }) else {
      return word
    }
    var w = Array(word.utf8)
    func ends(_ suffix: String) -> Bool {
      let s = Array(suffix.utf8)
      return w.count > s.count && w.suffix(s.count).elementsEqual(s)
    }
    func drop(_ n: Int, keeping minimum: Int) -> Bool {
      guard w.count - n >= minimum else { return false }
      w.removeLast(n)
      return true
    }
    // Plurals.
    if ends("ies") && w.count > 4 {
      w.removeLast(3)
      w.append(UInt8(ascii: "y"))
    } else if ends("sses") || ends("xes") || ends("ches") || ends("shes") {
      w.removeLast(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    if keptSingular.contains(String(decoding: w, as: UTF8.self)) { return String(decoding: w, as: UTF8.self) }
    // One verb or noun ending.
    var stripped = false
    for (suffix, minimum) in [("ing", 3), ("ion", 4), ("ed", 3)] where ends(suffix) {
      stripped = drop(suffix.utf8.count, keeping: minimum)
      break
    }
    // "augmentation" and "augment", "normalization" and "normalize" meet at one form.
    if stripped, ends("at"), w.count > 5 {
      let before = String(decoding: w[(w.count - 4)..<(w.count - 2)], as: UTF8.self)
      if ["nt", "nd", "iz", "is"].contains(before) { w.removeLast(2) }
    }
    // "filtering" and "filter", "trainer" and "train" meet at one form.
    if ends("er") && drop(2, keeping: 3) { stripped = true }
    if stripped, w.count >= 4, let last = w.last, last == w[w.count - 2], !"aeiousl".utf8.contains(last) {
      w.removeLast()
    } else if stripped, w.count >= 5, w.last == UInt8(ascii: "l"), w[w.count - 2] == UInt8(ascii: "l") {
      w.removeLast()  // labell(ing) → label, modell(ing) → model
    }
    if w.count > 3, w.last == UInt8(ascii: "e") { w.removeLast() }
    return String(decoding: w, as: UTF8.self)
  }

  /// The reduced words of a text, in order (see `AliasMatcher.words` for what a word is).
  static func stems(_ text: String) -> [String] {
    AliasMatcher.words(text).map(stem)
  }
}

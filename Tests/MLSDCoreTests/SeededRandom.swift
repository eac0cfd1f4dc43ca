// One small deterministic random generator (SplitMix64) for every property test, so a failure
// replays from its seed on any platform, unlike the system generator.

struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in the range (modulo draw, as the tests have always used it).
  mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

  /// True `percent` times in a hundred.
  mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
}

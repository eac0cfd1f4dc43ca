// Timing and summaries: a monotonic clock in nanoseconds, and medians and percentiles of samples.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum Clock {
  /// Nanoseconds on the monotonic clock.
  static func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Nanoseconds of CPU this thread has used: unlike wall time, it hardly grows when other
  /// processes load the machine (this machine's 2 cores are shared by several engineers).
  static func cpuNow() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Runs `body` and returns its result with the milliseconds it took.
  static func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let result = try body()
    return (result, Double(now() - start) / 1_000_000)
  }
}

/// Samples in milliseconds.
struct Samples {
  private(set) var values: [Double] = []

  mutating func add(_ value: Double) { values.append(value) }

  var count: Int { values.count }

  /// The nearest-rank percentile (p in 0...100); 0 for no samples.
  func percentile(_ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank - 1))]
  }

  var median: Double { percentile(50) }
  var min: Double { values.min() ?? 0 }
  var max: Double { values.max() ?? 0 }
}

enum Format {
  /// Milliseconds with three significant decimals for small values.
  static func ms(_ value: Double) -> String {
    if value >= 100 { return String(Int(value.rounded())) }
    if value >= 10 { return fixed(value, 1) }
    if value >= 1 { return fixed(value, 2) }
    return fixed(value, 3)
  }

  static func fixed(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = abs(scaled % Int(scale))
    guard decimals > 0 else { return String(whole) }
    let digits = String(fraction)
    return (scaled < 0 && whole == 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: decimals - digits.count)
      + digits
  }

  /// A text table with right-aligned columns, in Markdown pipe syntax so it pastes into reports.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = Swift.max(widths[i], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      "| "
        + cells.enumerated().map { i, cell in String(repeating: " ", count: widths[i] - cell.count) + cell }
        .joined(separator: " | ") + " |"
    }
    var out = [
      line(header), "|" + widths.map { String(repeating: "-", count: $0 + 1) + ":" }.joined(separator: "|") + "|",
    ]
    out += rows.map(line)
    return out.joined(separator: "\n")
  }
}

// Runs Graphviz dot through its C library: DOT text in, the plain layout text out. Graphviz keeps
// global state, so one lock serialises every call; one context serves the whole process, and the
// last answers are kept, because the layout asks about the same graph more than once (each
// arrangement it tries).
import CGraphviz
import Foundation

final class GraphvizRunner: @unchecked Sendable {
  static let shared = GraphvizRunner()

  /// Answers kept; past this many the cache starts again.
  static let cacheSize = 64

  private let lock = NSLock()
  private var context: OpaquePointer?
  private var cache: [String: String?] = [:]

  /// dot's plain layout of the graph, or nil when Graphviz could not read or lay it out.
  func plain(_ dot: String, remember: Bool = true) -> String? {
    lock.lock()
    defer { lock.unlock() }
    if remember, let known = cache[dot] { return known }
    let answer = layOut(dot)
    guard remember else { return answer }
    if cache.count >= GraphvizRunner.cacheSize { cache.removeAll() }
    cache[dot] = answer
    return answer
  }

  /// Whether dot's layout and plain renderer load (the library's plugins are installed).
  var isAvailable: Bool {
    plain("digraph { a -> b }", remember: false) != nil
  }

  private func layOut(_ dot: String) -> String? {
    if context == nil {
      mlsd_graphviz_quiet()
      context = gvContext()
    }
    guard let context, let graph = agmemread(dot) else { return nil }
    defer { agclose(graph) }
    guard gvLayout(context, graph, "dot") == 0 else { return nil }
    defer { gvFreeLayout(context, graph) }
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(context, graph, "plain", &buffer, &length) == 0, let buffer else { return nil }
    defer { gvFreeRenderData(buffer) }
    return String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(length)), as: UTF8.self)
  }
}

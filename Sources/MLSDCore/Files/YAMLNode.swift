// A parsed document as a tree of small immutable nodes, converted from Yams' tree once. Yams'
// Node is a large enum whose every copy goes through value witnesses, and the loaders copy
// values all the time (a lookup by key walks the entries of a mapping); walking Yams' tree
// directly cost a board of 300 boxes 55 M instructions on our side of the parse, more than
// libyaml and Yams together.
import Yams

final class YAMLNode {
  enum Content {
    /// The text, and whether it was written plain (not quoted, not a block): only a plain
    /// scalar can be null or a number.
    case scalar(String, plain: Bool)
    case mapping([(key: YAMLNode, value: YAMLNode)])
    case sequence([YAMLNode])
    case alias
  }

  let content: Content
  /// 1-based; 0 for a node that is not in the file (a default a loader added).
  let line: Int
  let column: Int

  init(_ content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }

  /// Converts Yams' tree, refusing one nested deeper than `YAMLLimits.maxDepth` or with more
  /// than `YAMLLimits.maxNodes` values after aliases are expanded ("billion laughs"). Aliases are
  /// expanded in the copy, so a document that has any is first checked without copying
  /// (`checkStructure`): the copy of an alias bomb would take memory before it is refused.
  static func convert(_ root: Node, source: YAMLSource, hasAliases: Bool) throws -> YAMLNode {
    var budget = YAMLLimits.maxNodes
    if hasAliases {
      try checkStructure(root, depth: 0, budget: &budget, source: source)
      budget = YAMLLimits.maxNodes
    }
    return try convert(root, depth: 0, budget: &budget, source: source)
  }

  private static func convert(_ node: Node, depth: Int, budget: inout Int, source: YAMLSource) throws -> YAMLNode {
    try check(node, depth: depth, budget: &budget, source: source)
    let content: Content
    switch node {
    case .scalar(let scalar):
      content = .scalar(scalar.string, plain: scalar.style == .plain)
    case .mapping(let mapping):
      var pairs: [(key: YAMLNode, value: YAMLNode)] = []
      pairs.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        let keyNode = try convert(key, depth: depth + 1, budget: &budget, source: source)
        pairs.append((keyNode, try convert(value, depth: depth + 1, budget: &budget, source: source)))
      }
      content = .mapping(pairs)
    case .sequence(let sequence):
      var items: [YAMLNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget, source: source)) }
      content = .sequence(items)
    case .alias:
      content = .alias
    }
    return YAMLNode(content, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
  }

  private static func checkStructure(_ node: Node, depth: Int, budget: inout Int, source: YAMLSource) throws {
    try check(node, depth: depth, budget: &budget, source: source)
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        try checkStructure(key, depth: depth + 1, budget: &budget, source: source)
        try checkStructure(value, depth: depth + 1, budget: &budget, source: source)
      }
    case .sequence(let sequence):
      for item in sequence {
        try checkStructure(item, depth: depth + 1, budget: &budget, source: source)
      }
    case .scalar, .alias:
      break
    }
  }

  /// Counts one more value; throws past either limit, located at this node.
  private static func check(_ node: Node, depth: Int, budget: inout Int, source: YAMLSource) throws {
    func refuse(_ message: String) -> LoadError {
      LoadError(file: source.name, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }
    budget -= 1
    if budget < 0 {
      throw refuse("the document has more than \(YAMLLimits.maxNodes) values (aliases that expand too far are refused)")
    }
    if depth > YAMLLimits.maxDepth { throw refuse("nesting is deeper than \(YAMLLimits.maxDepth) levels") }
  }
}

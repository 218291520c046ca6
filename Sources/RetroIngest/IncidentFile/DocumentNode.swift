import Yams

/// A node of a structured user file (YAML or JSON) with its position, so every problem can be
/// reported at the line and column, and the JSON path, where it stands.
struct DocumentNode {
    enum Value {
        case scalar(String, quoted: Bool)
        case mapping([(key: String, keyNode: DocumentNode, value: DocumentNode)])
        case sequence([DocumentNode])
        case null
    }

    var value: Value
    var line: Int?
    var column: Int?
    /// `$.follow_ups[2].due`
    var path: String

    /// Builds the tree from a Yams node. Yams's composer resolves each alias to the anchored node,
    /// so a node met again under an anchor already seen is an alias; `budget` bounds how many values
    /// aliases may add, so a "billion laughs" file is refused before anything walks the tree.
    /// `written` is where the node is written: its key, or its list (an alias carries its anchor's mark).
    init(_ node: Node, path: String = "$", written: Mark? = nil, budget: inout AliasBudget) throws {
        self.path = path
        line = node.mark?.line
        column = node.mark?.column
        let entersAlias = budget.alias == nil && node.anchor.map { !budget.anchors.insert($0.rawValue).inserted } == true
        if entersAlias, let anchor = node.anchor {
            budget.alias = AliasBudget.Use(anchor: anchor.rawValue, path: path, line: (written ?? node.mark)?.line, column: (written ?? node.mark)?.column)
        }
        defer { if entersAlias { budget.alias = nil } }
        try budget.spend()
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            if plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                value = .null
            } else {
                value = .scalar(scalar.string, quoted: !plain)
            }
        case .mapping(let mapping):
            value = .mapping(try mapping.map { pair in
                let key = pair.key.string ?? "\(pair.key)"
                let keyNode = try DocumentNode(pair.key, path: path, budget: &budget)
                let value = try DocumentNode(pair.value, path: DocumentNode.child(path, key), written: pair.key.mark, budget: &budget)
                return (key, keyNode, value)
            })
        case .sequence(let sequence):
            value = .sequence(try sequence.enumerated().map {
                try DocumentNode($0.element, path: "\(path)[\($0.offset)]", written: node.mark, budget: &budget)
            })
        case .alias:
            value = .null
        }
    }

    static func child(_ path: String, _ key: String) -> String {
        // ASCII keys (nearly all) are judged byte by byte, with the same answer as the characters give.
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        let simple = !key.isEmpty && (ascii
            ? key.utf8.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
            : key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        return simple ? "\(path).\(key)" : "\(path)[\"\(key)\"]"
    }

    /// A short name of the node's kind, for "expected X, found Y" messages.
    var kindName: String {
        switch value {
        case .scalar: "a value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }
}

/// How many values YAML aliases (`*name`) may add to an incident file, all aliases together.
struct AliasBudget {
    /// The default: far more than any hand-written use of anchors, far less than a "billion laughs" file.
    static let defaultLimit = 10_000

    /// An alias being expanded.
    struct Use: Error {
        var anchor: String
        var path: String
        var line: Int?
        var column: Int?
    }

    /// Anchors seen so far; meeting one again means an alias.
    var anchors: Set<String> = []
    /// The outermost alias being expanded, if any.
    var alias: Use?
    var remaining: Int

    init(limit: Int = defaultLimit) { remaining = limit }

    /// Counts one value; throws the alias being expanded once aliases have added more than the limit.
    mutating func spend() throws {
        guard let alias else { return }
        remaining -= 1
        if remaining < 0 { throw alias }
    }
}

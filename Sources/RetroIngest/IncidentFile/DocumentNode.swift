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

    /// Builds the tree from a Yams node. Aliases are resolved by Yams's composer.
    init(_ node: Node, path: String = "$") {
        self.path = path
        line = node.mark?.line
        column = node.mark?.column
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            if plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                value = .null
            } else {
                value = .scalar(scalar.string, quoted: !plain)
            }
        case .mapping(let mapping):
            value = .mapping(mapping.map { pair in
                let key = pair.key.string ?? "\(pair.key)"
                let keyNode = DocumentNode(pair.key, path: path)
                return (key, keyNode, DocumentNode(pair.value, path: DocumentNode.child(path, key)))
            })
        case .sequence(let sequence):
            value = .sequence(sequence.enumerated().map { DocumentNode($0.element, path: "\(path)[\($0.offset)]") })
        case .alias:
            value = .null
        }
    }

    static func child(_ path: String, _ key: String) -> String {
        let simple = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
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

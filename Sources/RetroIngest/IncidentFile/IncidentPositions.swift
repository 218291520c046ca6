import RetroModel

/// Where each key and list item of an incident file stands (line and column), by JSON path, so
/// that checks made after decoding can point at the place to edit.
public struct IncidentPositions: Sendable, Equatable {
    /// `$.follow_ups[2]` → (line, column), both 1-based.
    var table: [String: Position] = [:]

    struct Position: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    public init() {}

    init(_ root: DocumentNode) {
        add(root)
    }

    private mutating func add(_ node: DocumentNode) {
        if let line = node.line, let column = node.column, table[node.path] == nil {
            table[node.path] = Position(line: line, column: column)
        }
        switch node.value {
        case .mapping(let pairs):
            for pair in pairs {
                // A key's own position is where a reader looks for it; its value may start on the next line.
                let path = DocumentNode.child(node.path, pair.key)
                if let line = pair.keyNode.line, let column = pair.keyNode.column { table[path] = Position(line: line, column: column) }
                add(pair.value)
            }
        case .sequence(let items):
            items.forEach { add($0) }
        case .scalar, .null:
            break
        }
    }

    /// The location of `jsonPath` in `file`; when the path is not in the file (a derived value),
    /// the nearest enclosing key or item that is.
    public func location(_ jsonPath: String, file: String) -> SourceLocation {
        var path = jsonPath
        while true {
            if let p = table[path] { return SourceLocation(path: file, line: p.line, column: p.column, jsonPath: jsonPath) }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }), cut > path.startIndex else { break }
            path = String(path[..<cut])
        }
        return SourceLocation(path: file, line: 1, column: 1, jsonPath: jsonPath)
    }
}

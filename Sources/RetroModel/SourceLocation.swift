/// A position in a file a user wrote: 1-based line and column (Unicode scalars), and for
/// structured files the JSON path (`$.follow_ups[2].due`).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var jsonPath: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.jsonPath = jsonPath
    }

    /// `path:line:col`, `path:line`, or `path`, followed by the JSON path when known.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let jsonPath { text += ": \(jsonPath)" }
        return text
    }
}

/// A finding about a document or an input: a lint finding, or a structure check of a build.
public struct Diagnostic: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
        case suggestion, warning, error

        private var rank: Int {
            switch self {
            case .suggestion: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public enum Category: String, Sendable, Codable, CaseIterable {
        case blame, terminology, customer, structure
    }

    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var rule: String
    public var category: Category
    public var severity: Severity
    public var message: String
    /// The text the finding is about, as it stands in the file.
    public var match: String
    /// A rewrite that removes the finding, when the rule has one.
    public var suggestion: String?

    public init(
        path: String, line: Int, column: Int, endLine: Int, endColumn: Int, rule: String,
        category: Category, severity: Severity, message: String, match: String, suggestion: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.match = match
        self.suggestion = suggestion
    }
}

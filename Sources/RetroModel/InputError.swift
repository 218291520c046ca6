/// A problem with something the user gave `retro`: a file, a flag, a value. Exit code 2.
///
/// The message is a full sentence that says what is wrong; the hint says what to do.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public init(path: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil, _ message: String, hint: String? = nil) {
        self.init(SourceLocation(path: path, line: line, column: column, jsonPath: jsonPath), message, hint: hint)
    }

    /// `path:line:col: message (hint)` in the compiler style the CLI prints after `retro: error: `.
    public var description: String {
        var text = "\(location): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Several input problems found in one pass (`retro validate` prints all of them).
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]
    public init(_ errors: [InputError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

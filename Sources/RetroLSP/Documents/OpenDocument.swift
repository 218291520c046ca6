import RetroModel

/// A document the editor has open: its text as the editor holds it, and its last findings.
struct OpenDocument {
    var uri: String
    var version: Int?
    var text: String
    var diagnostics: [Diagnostic] = []

    /// Applies one `contentChanges` entry: a whole new text, or a replaced range.
    mutating func apply(_ change: [String: Any], encoding: TextPositions.Encoding) throws(RPCError) {
        guard let newText = change["text"] as? String else {
            throw .invalidParams("A content change has no 'text'.")
        }
        guard let range = change["range"] else {
            text = newText
            return
        }
        guard let (start, end) = LSPRange.parse(range) else {
            throw .invalidParams("A content change's 'range' is not a range.")
        }
        let lower = TextPositions.index(in: text, line: start.line, character: start.character, encoding: encoding)
        let upper = TextPositions.index(in: text, line: end.line, character: end.character, encoding: encoding)
        guard lower <= upper else { throw .invalidParams("A content change's range ends before it starts.") }
        var scalars = text.unicodeScalars
        scalars.replaceSubrange(lower..<upper, with: newText.unicodeScalars)
        text = String(scalars)
    }
}

/// LSP `Position` and `Range` values.
enum LSPRange {
    struct Position {
        var line: Int
        var character: Int
    }

    static func position(_ value: Any?) -> Position? {
        guard let object = value as? [String: Any], let line = object["line"] as? Int, let character = object["character"] as? Int,
            line >= 0, character >= 0
        else { return nil }
        return Position(line: line, character: character)
    }

    static func parse(_ value: Any?) -> (Position, Position)? {
        guard let object = value as? [String: Any], let start = position(object["start"]), let end = position(object["end"]) else {
            return nil
        }
        return (start, end)
    }

    static func json(startLine: Int, startCharacter: Int, endLine: Int, endCharacter: Int) -> JSONValue {
        .object([
            ("start", .object([("line", .int(startLine)), ("character", .int(startCharacter))])),
            ("end", .object([("line", .int(endLine)), ("character", .int(endCharacter))])),
        ])
    }
}

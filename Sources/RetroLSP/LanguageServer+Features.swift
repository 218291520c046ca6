import RetroModel

extension LanguageServer {
    /// `retro explain` for each finding under the cursor; null when there is none.
    func hover(_ params: [String: Any]) throws(RPCError) -> JSONValue {
        let uri = try Self.uri(params)
        guard let position = LSPRange.position(params["position"]) else { throw .invalidParams("'position' is missing or not a position.") }
        guard let document = documents[uri] else { return .null }
        let positions = TextPositions(document.text, encoding: encoding)
        let found = document.diagnostics.filter { covers($0, position, positions) }
        guard let first = found.first else { return .null }
        var seen: Set<String> = []
        let texts = found.filter { seen.insert($0.rule).inserted }.map { d in
            info.explain(d.rule) ?? "\(d.rule)\n\n\(d.message)\n"
        }
        return .object([
            ("contents", .object([("kind", .string("plaintext")), ("value", .string(texts.joined(separator: "\n")))])),
            ("range", range(first, positions)),
        ])
    }

    /// Quick fixes: the terminology rules' replacements, for the findings in the range asked about.
    func codeActions(_ params: [String: Any]) throws(RPCError) -> JSONValue {
        let uri = try Self.uri(params)
        guard let (start, end) = LSPRange.parse(params["range"]) else { throw .invalidParams("'range' is missing or not a range.") }
        guard let document = documents[uri] else { return .array([]) }
        let positions = TextPositions(document.text, encoding: encoding)
        let actions = document.diagnostics.compactMap { d -> JSONValue? in
            guard d.category == .terminology, let replacement = d.suggestion, overlaps(d, start, end, positions) else { return nil }
            let edit = JSONValue.object([("range", range(d, positions)), ("newText", .string(replacement))])
            return .object([
                ("title", .string("Replace '\(d.match)' with '\(replacement)'")),
                ("kind", .string("quickfix")),
                ("diagnostics", .array([lspDiagnostic(d, positions)])),
                ("isPreferred", .bool(true)),
                ("edit", .object([("changes", .object([(uri, .array([edit]))]))])),
            ])
        }
        return .array(actions)
    }

    private func bounds(_ d: Diagnostic, _ positions: TextPositions) -> (LSPRange.Position, LSPRange.Position) {
        (
            LSPRange.Position(line: d.line - 1, character: positions.character(line: d.line, column: d.column)),
            LSPRange.Position(line: d.endLine - 1, character: positions.character(line: d.endLine, column: d.endColumn + 1))
        )
    }

    private func covers(_ d: Diagnostic, _ p: LSPRange.Position, _ positions: TextPositions) -> Bool {
        let (start, end) = bounds(d, positions)
        return !Self.before(p, start) && !Self.before(end, p)
    }

    private func overlaps(_ d: Diagnostic, _ start: LSPRange.Position, _ end: LSPRange.Position, _ positions: TextPositions) -> Bool {
        let (low, high) = bounds(d, positions)
        return !Self.before(end, low) && !Self.before(high, start)
    }

    static func before(_ a: LSPRange.Position, _ b: LSPRange.Position) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }
}

import RetroModel

extension LanguageServer {
    func didOpen(_ params: [String: Any]) throws(RPCError) -> [JSONValue] {
        let uri = try Self.uri(params)
        guard let text = (params["textDocument"] as? [String: Any])?["text"] as? String else {
            throw .invalidParams("'textDocument.text' is missing.")
        }
        let version = (params["textDocument"] as? [String: Any])?["version"] as? Int
        documents[uri] = OpenDocument(uri: uri, version: version, text: text)
        return [publish(uri)]
    }

    func didChange(_ params: [String: Any]) throws(RPCError) -> [JSONValue] {
        let uri = try Self.uri(params)
        guard var document = documents[uri] else { throw .invalidParams("'\(uri)' was changed but never opened.") }
        guard let changes = params["contentChanges"] as? [[String: Any]] else {
            throw .invalidParams("'contentChanges' is missing.")
        }
        for change in changes { try document.apply(change, encoding: encoding) }
        document.version = (params["textDocument"] as? [String: Any])?["version"] as? Int ?? document.version
        documents[uri] = document
        return [publish(uri)]
    }

    /// Saving re-reads the configurations too, so a saved `.retro-lint.yml` applies at once.
    func didSave(_ params: [String: Any]) throws(RPCError) -> [JSONValue] {
        let uri = try Self.uri(params)
        if let text = params["text"] as? String { documents[uri]?.text = text }
        guard documents[uri] != nil else { return [] }
        return relintAll()
    }

    func didClose(_ params: [String: Any]) throws(RPCError) -> [JSONValue] {
        let uri = try Self.uri(params)
        documents[uri] = nil
        return [Self.notification("textDocument/publishDiagnostics", .object([("uri", .string(uri)), ("diagnostics", .array([]))]))]
    }

    func relintAll() -> [JSONValue] {
        linter.reloadConfigurations()
        return documents.keys.sorted().map(publish)
    }

    /// Lints a document and the `publishDiagnostics` notification for it.
    func publish(_ uri: String) -> JSONValue {
        guard var document = documents[uri] else { return .null }
        document.diagnostics = linter.lint(document.text, uri: uri)
        documents[uri] = document
        let positions = TextPositions(document.text, encoding: encoding)
        var params: [(String, JSONValue)] = [("uri", .string(uri))]
        if let version = document.version { params.append(("version", .int(version))) }
        params.append(("diagnostics", .array(document.diagnostics.map { lspDiagnostic($0, positions) })))
        return Self.notification("textDocument/publishDiagnostics", .object(params))
    }

    func lspDiagnostic(_ d: Diagnostic, _ positions: TextPositions) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("range", range(d, positions)),
            ("severity", .int(Self.severity(d.severity))),
            ("code", .string(d.rule)),
        ]
        if let link = info.ruleLink(d.rule) { fields.append(("codeDescription", .object([("href", .string(link))]))) }
        fields += [("source", .string("retro")), ("message", .string(d.message))]
        return .object(fields)
    }

    func range(_ d: Diagnostic, _ positions: TextPositions) -> JSONValue {
        // The lint's end column is inclusive and 1-based, so it is LSP's exclusive 0-based end.
        LSPRange.json(
            startLine: max(d.line - 1, 0), startCharacter: positions.character(line: d.line, column: d.column),
            endLine: max(d.endLine - 1, 0), endCharacter: positions.character(line: d.endLine, column: d.endColumn + 1))
    }

    static func severity(_ severity: Diagnostic.Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .suggestion: 3
        }
    }
}

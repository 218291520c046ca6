import RetroModel

extension Linter {
    /// The leak rules over the text an HTML page shows (`PageText`): its `<title>`, `<h1>` and
    /// body as a browser renders them, which can differ from the Markdown it was made from.
    public func leaks(inPage html: String, path: String) -> [Diagnostic] {
        guard let scanner = rules.scanner else { return [] }
        let text = PageText.visible(html)
        let builder = DiagnosticBuilder(path: path, source: SourceText(text))
        return LeakScan(rules: rules.leakRules, scanner: scanner).diagnostics(in: text, builder: builder)
            .sorted { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
    }
}

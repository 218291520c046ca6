import RetroModel

/// OpenMetrics 1.0 text: like Prometheus text, but timestamps in seconds and a final `# EOF` line.
struct OpenMetricsFormat: SourceFormat {
    var name: String { "openmetrics" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard input.data != nil, input.json == nil, !input.isZip, let text = input.text else { return false }
        // The tail only: splitting a whole 150 MB file into lines to find its last took seconds.
        let lastLine = text.suffix(4096).split(whereSeparator: { $0 == "\n" || $0 == "\r" }).last { !$0.allSatisfy(\.isWhitespace) }
        return lastLine == "# EOF" && PrometheusTextFormat.looksLikeExposition(text)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        try ExpositionParser(dialect: .openMetrics, format: name).parse(input, options: options)
    }
}

import RetroModel

/// Prometheus text exposition 0.0.4 (a `/metrics` scrape saved to a file).
struct PrometheusTextFormat: SourceFormat {
    var name: String { "prometheus-text" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard input.data != nil, input.json == nil, !input.isZip, let text = input.text else { return false }
        return Self.looksLikeExposition(text)
    }

    /// The first lines are mostly comments or sample lines, with at least one sample or `# TYPE`/`# HELP`.
    /// A few lines that do not parse are tolerated, so a damaged file gets an error with its line.
    static func looksLikeExposition(_ text: String) -> Bool {
        var evidence = 0
        var failures = 0
        for raw in text.prefix(20_000).split(separator: "\n").prefix(40) {
            let line = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if line.isEmpty || line == "\r" { continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# TYPE ") || line.hasPrefix("# HELP ") { evidence += 1 }
                continue
            }
            let body = line.last == "\r" ? line.dropLast() : line
            if (try? ExpositionSample.parse(body, allowExemplar: true)) != nil { evidence += 1 } else { failures += 1 }
        }
        return evidence > 0 && failures * 2 <= evidence
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        try ExpositionParser(dialect: .prometheusText, format: name).parse(input, options: options)
    }
}

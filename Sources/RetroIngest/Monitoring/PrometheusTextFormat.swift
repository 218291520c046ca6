import RetroModel

/// Prometheus text exposition 0.0.4 (a `/metrics` scrape saved to a file).
struct PrometheusTextFormat: SourceFormat {
    var name: String { "prometheus-text" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard input.data != nil, input.json == nil, !input.isZip, let text = input.text else { return false }
        return Self.looksLikeExposition(text)
    }

    /// The first lines are comments or sample lines, and at least one is a sample or a `# TYPE`.
    static func looksLikeExposition(_ text: String) -> Bool {
        var checked = 0
        var evidence = false
        for raw in text.prefix(20_000).split(separator: "\n").prefix(40) {
            let line = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if line.isEmpty || line == "\r" { continue }
            checked += 1
            if line.hasPrefix("#") {
                if line.hasPrefix("# TYPE ") || line.hasPrefix("# HELP ") { evidence = true }
                continue
            }
            let body = line.last == "\r" ? line.dropLast() : line
            guard (try? ExpositionSample.parse(body, allowExemplar: true)) != nil else { return false }
            evidence = true
        }
        return checked > 0 && evidence
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        try ExpositionParser(dialect: .prometheusText, format: name).parse(input, options: options)
    }
}

import RetroModel

/// Turns rule findings into `Diagnostic`s with exact positions in the original file.
struct DiagnosticBuilder {
    let path: String
    let source: SourceText

    func make(_ finding: Finding, in run: ProseRun, rule: RuleDescription, severity: Diagnostic.Severity) -> Diagnostic {
        let first = run.tokens[finding.start]
        let last = run.tokens[max(finding.end - 1, finding.start)]
        let start = run.sourcePosition(of: first.start)
        var end = run.sourcePosition(of: last.end - 1)
        if (end.line, end.byte) < (start.line, start.byte) { end = start }
        let match = source.text(line: start.line, byte: start.byte, endLine: end.line, endByte: end.byte)
        let oneLine = match.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingSpaces }.joined(separator: " ")
        return Diagnostic(
            path: path, line: start.line, column: source.scalarColumn(line: start.line, byteOffset: start.byte),
            endLine: end.line, endColumn: source.scalarColumn(line: end.line, byteOffset: end.byte + 1) - 1,
            rule: rule.id, category: rule.category, severity: severity,
            message: "'\(oneLine)': \(finding.message ?? rule.message)", match: match,
            suggestion: finding.suggestion ?? (rule.category == .blame ? nil : rule.rewrite))
    }

    func make(_ finding: DocumentFinding, rule: RuleDescription, severity: Diagnostic.Severity) -> Diagnostic {
        let length = max(finding.match.unicodeScalars.count, 1)
        return Diagnostic(
            path: path, line: finding.line, column: finding.column, endLine: finding.line,
            endColumn: finding.column + length - 1, rule: rule.id, category: rule.category, severity: severity,
            message: finding.message, match: finding.match, suggestion: rule.rewrite)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        return result
    }
}

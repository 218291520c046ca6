import RetroModel

/// The stable JSON shape of docs/output-formats.md: `{"version":1,"diagnostics":[…],"summary":{…}}`.
public struct JSONFormatter: LintFormatter {
    public init() {}

    public func format(_ report: LintReport) -> String {
        let diagnostics = report.diagnostics.map { d in
            JSONValue.object([
                ("path", .string(d.path)), ("line", .int(d.line)), ("column", .int(d.column)),
                ("endLine", .int(d.endLine)), ("endColumn", .int(d.endColumn)), ("rule", .string(d.rule)),
                ("category", .string(d.category.rawValue)), ("severity", .string(d.severity.rawValue)),
                ("message", .string(d.message)), ("match", .string(d.match)), ("suggestion", .optional(d.suggestion)),
            ])
        }
        let summary = JSONValue.object([
            ("files", .int(report.files)), ("errors", .int(report.count(.error))),
            ("warnings", .int(report.count(.warning))), ("suggestions", .int(report.count(.suggestion))),
        ])
        return JSONValue.object([("version", .int(1)), ("diagnostics", .array(diagnostics)), ("summary", summary)]).serialized() + "\n"
    }
}

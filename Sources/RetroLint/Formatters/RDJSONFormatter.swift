import Foundation
import RetroModel

/// reviewdog's Diagnostic Format (rdjson); substitution rules carry a one-click suggestion.
public struct RDJSONFormatter: LintFormatter {
    public init() {}

    public func format(_ report: LintReport) -> String {
        let diagnostics = report.diagnostics.map { d in
            let range = JSONValue.object([
                ("start", .object([("line", .int(d.line)), ("column", .int(d.column))])),
                ("end", .object([("line", .int(d.endLine)), ("column", .int(d.endColumn + 1))])),
            ])
            var fields: [(String, JSONValue)] = [
                ("message", .string(d.message)),
                ("location", .object([("path", .string(d.path)), ("range", range)])),
                ("severity", .string(Self.severity(d.severity))),
                ("code", .object([("value", .string(d.rule)), ("url", .string(SARIFFormatter.helpURI(for: d.rule)))])),
            ]
            // Only terminology rules are plain substitutions; blame rewrites need a human.
            if d.category == .terminology, let suggestion = d.suggestion {
                fields.append(("suggestions", .array([.object([("range", range), ("text", .string(suggestion))])])))
            }
            return JSONValue.object(fields)
        }
        return JSONValue.object([
            ("source", .object([("name", .string("retro lint")), ("url", .string("https://github.com/retro-tool/retro"))])),
            ("severity", .string("WARNING")), ("diagnostics", .array(diagnostics)),
        ]).serialized() + "\n"
    }

    static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: "WARNING"
        case .suggestion: "INFO"
        }
    }
}

import Foundation
import RetroModel

/// SARIF 2.1.0, for GitHub code scanning and IDEs; rule metadata in `tool.driver.rules`.
public struct SARIFFormatter: LintFormatter {
    /// retro's version, reported as `tool.driver.version`.
    public var version: String?

    public init(version: String? = nil) {
        self.version = version
    }

    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let helpBase = "https://github.com/retro-tool/retro/blob/main/docs/lint.md#"

    /// Where a rule is documented: the same link in SARIF, rdjson and the language server.
    public static func helpURI(for rule: String) -> String {
        helpBase + rule.replacingOccurrences(of: ".", with: "")
    }

    public func format(_ report: LintReport) -> String {
        let rules = RuleCatalog.all
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var driverFields: [(String, JSONValue)] = [("name", .string("retro"))]
        if let version { driverFields += [("version", .string(version)), ("semanticVersion", .string(version))] }
        driverFields += [("informationUri", .string(Self.helpBase.replacingSuffix())), ("rules", .array(rules.map(Self.rule)))]
        let fingerprints = SARIFFingerprints(report.diagnostics)
        let results = report.diagnostics.enumerated().map { offset, d in
            var fields: [(String, JSONValue)] = [("ruleId", .string(d.rule))]
            if let index = ruleIndex[d.rule] { fields.append(("ruleIndex", .int(index))) }
            fields += [
                ("level", .string(Self.level(d.severity))),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(SARIFURI.encode(d.path)))])),
                    ("region", .object([
                        ("startLine", .int(d.line)), ("startColumn", .int(d.column)),
                        ("endLine", .int(d.endLine)), ("endColumn", .int(d.endColumn + 1)),
                        ("snippet", .object([("text", .string(d.match))])),
                    ])),
                ]))])])),
                ("partialFingerprints", .object([(SARIFFingerprints.key, .string(fingerprints.values[offset]))])),
            ]
            return JSONValue.object(fields)
        }
        let run = JSONValue.object([
            ("tool", .object([("driver", .object(driverFields))])), ("columnKind", .string("unicodeCodePoints")), ("results", .array(results)),
        ])
        return JSONValue.object([("$schema", .string(Self.schema)), ("version", .string("2.1.0")), ("runs", .array([run]))]).serialized() + "\n"
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id)), ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.message))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("helpUri", .string(helpURI(for: rule.id))),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([("category", .string(rule.category.rawValue))])),
        ])
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "note"
        }
    }
}

extension String {
    fileprivate func replacingSuffix() -> String {
        hasSuffix("#") ? String(dropLast()) : self
    }
}

import Foundation

extension LintConfig {
    /// The effective configuration as YAML, every rule listed (`retro lint --print-config`).
    public var yamlDescription: String {
        var lines = ["# source: \(path ?? "built-in defaults")"]
        lines.append("structure: \(structure.rawValue)")
        lines.append("blockquotes: \(blockquotes.rawValue)")
        lines.append("people: \(Self.flow(people))")
        lines.append("roles: \(Self.flow(roles))")
        lines.append("allow: \(Self.flow(allow))")
        lines.append("internal:")
        lines.append("  domains: \(Self.flow(internalNames.domains))")
        lines.append("  hosts: \(Self.flow(internalNames.hosts))")
        lines.append("  names: \(Self.flow(internalNames.names))")
        lines.append("sections:")
        for key in Self.sectionKeys { lines.append("  \(key): \(Self.flow(sections[key] ?? []))") }
        lines.append("rules:")
        for rule in RuleCatalog.all {
            let settings = rules[rule.id] ?? RuleSettings()
            lines.append("  \(rule.id):")
            lines.append("    enabled: \(isEnabled(rule))")
            lines.append("    severity: \(severity(of: rule).rawValue)")
            if !settings.addTerms.isEmpty { lines.append("    add_terms: \(Self.flow(settings.addTerms))") }
            if let override = settings.overrideTerms { lines.append("    override_terms: \(Self.flow(override))") }
            if !settings.allowTerms.isEmpty { lines.append("    allow_terms: \(Self.flow(settings.allowTerms))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func flow(_ values: [String]) -> String {
        "[" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ", ") + "]"
    }
}

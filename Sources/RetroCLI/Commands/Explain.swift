import ArgumentParser
import RetroLint
import RetroModel

extension RetroCommand {
    /// `retro explain RULE`: a rule's rationale and examples, the same text its tests run.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain a lint rule: why it exists, what to write instead, and examples.",
            discussion: "In the examples, '↓' marks where a finding lands. 'retro rules' lists every rule id.")

        @Argument(help: "A rule id, for example blame.counterfactual.")
        var rule: String

        func run() throws {
            guard let description = RuleCatalog.description(of: rule) else {
                throw InputError(path: "retro explain", "Unknown rule '\(rule)'.", hint: RuleCatalog.hint(for: rule))
            }
            Output.line(Self.text(description), terminator: "")
        }

        static func text(_ rule: RuleDescription) -> String {
            var lines = [
                "\(rule.id) — \(rule.name)",
                "category: \(rule.category.rawValue)   default severity: \(rule.severity.rawValue)"
                    + (rule.checksIncidentFile ? "   (checked by 'retro build' on the incident file)" : rule.isStructural ? "   (structure checks only)" : "")
                    + (rule.category == .customer ? "   (--profile customer only)" : ""),
                "",
                rule.rationale,
                "",
                "Message: \(rule.message)",
            ]
            if let rewrite = rule.rewrite { lines.append("Rewrite: \(rewrite)") }
            lines.append("")
            if rule.category == .customer { lines.append("The examples assume an incident with: \(CustomerContext.examples.summary).") }
            lines.append("Triggers (↓ marks the finding):")
            lines += rule.triggering.map { "  " + $0.replacingNewlines }
            lines.append("")
            lines.append("Does not trigger:")
            lines += rule.nonTriggering.map { "  " + $0.replacingNewlines }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

extension String {
    fileprivate var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}

import Foundation

/// More than one contributing factor, and at least one beyond the technical.
struct FactorBreadthRule: DocumentRule {
    let description = RuleDescription(
        id: "structure.contributing-factors", name: "Contributing-factor breadth", category: .structure, severity: .suggestion,
        message: "List several contributing factors, including process, people or organisational ones, not only the technical trigger.",
        rationale: """
            Incidents in complex systems have several contributing factors that interact; stopping at one technical trigger leaves the process and organisational conditions that let it through in place. Ask what in the review process, the on-call setup, the documentation or the schedule made the outcome possible, and note what went well.
            """,
        triggering: [
            "↓## Contributing factors\n\n- The connection pool was too small.",
            "↓## Contributing factors\n\n- The pool was too small.\n- The timeout was too long.",
        ],
        nonTriggering: [
            "## Contributing factors\n\n- The pool was too small.\n- The review process does not cover generated configuration.",
        ],
        isStructural: true)

    static let nonTechnical = ["process", "people", "organization", "organisation", "organizational", "organisational",
        "communication", "training", "staffing", "culture", "handoff", "hand-off", "documentation", "runbook",
        "review", "schedule", "on-call", "ownership", "knowledge", "onboarding", "workload", "fatigue", "policy"]

    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding] {
        let names = context.sections.first { $0.key == "contributing_factors" }?.names ?? []
        guard let section = outline.section(named: names) else { return [] }
        let items = section.blocks.filter { $0.type == "list" }.reduce(0) { $0 + $1.children.count }
            + outline.sections.filter {
                $0.level > section.level && $0.line > section.line && section.blocks.contains(where: { _ in true })
                    // "What went well" sits under the factors in retro's documents but is not one.
                    && !$0.title.lowercased().hasPrefix("what went well")
            }.count
        var findings: [DocumentFinding] = []
        if items == 0 {
            findings.append(DocumentFinding(line: section.line, column: section.column, match: section.title,
                message: "No contributing factor is listed yet; complex failures have several. " + description.message))
        } else if items < 2 {
            findings.append(DocumentFinding(line: section.line, column: section.column, match: section.title,
                message: "Only one contributing factor is listed; complex failures have several. " + description.message))
        } else if !Self.nonTechnical.contains(where: section.text.contains) {
            findings.append(DocumentFinding(line: section.line, column: section.column, match: section.title,
                message: "All contributing factors look technical; add the process, people or organisational conditions that allowed the failure."))
        }
        return findings
    }
}

import Foundation

/// The stakeholder message states impact, what did not go wrong, and the action plan.
struct CustomerSummaryRule: DocumentRule {
    let description = RuleDescription(
        id: "structure.customer-summary", name: "Stakeholder message content", category: .structure, severity: .warning,
        message: "The stakeholder message should state the impact in the reader's terms, what did not go wrong, and the action plan.",
        rationale: """
            Customers and stakeholders read one section. It should say what they lost and for how long, without downplaying it; what did not go wrong (no data lost, nothing exposed); and what will change, stated by its effect and its timeline.
            """,
        triggering: [
            "↓## Stakeholder message\n\nWe had an incident on Friday.",
        ],
        nonTriggering: [
            "## Stakeholder message\n\nIf you paid by card in the EU, your payment may have failed between 10:02 and 12:07 CET. No card data was exposed. Payment capacity will now grow automatically with load.",
        ],
        isStructural: true)

    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding] {
        let names = context.sections.first { $0.key == "stakeholder_message" }?.names ?? []
        guard let section = outline.section(named: names) else { return [] }
        let missing = StakeholderContent.missing(in: section.text)
        guard !missing.isEmpty else { return [] }
        return [DocumentFinding(line: section.line, column: section.column, match: section.title,
            message: "The stakeholder message does not state " + missing.joined(separator: ", ") + ". " + description.message)]
    }
}

/// A customer-facing text that leaves out the impact, the reassurance or the action plan.
struct MissingContentRule: DocumentRule {
    let description = RuleDescription(
        id: "customer.missing-content", name: "Impact, reassurance and action plan", category: .customer, severity: .warning,
        message: "A customer summary states the impact in the customer's terms, what did not go wrong, and what will change.",
        rationale: """
            Customers read a summary to learn three things: what they could not do and for how long; whether anything worse happened (data lost, data exposed, double charges); and what will prevent a repeat, stated by its effect. A summary without one of them reads as evasive. The rule reads the stakeholder-message section when the document has one, otherwise the whole document, and uses the same cues as the structure rule structure.customer-summary.
            """,
        rewrite: "If you paid by card in the EU between 10:02 and 12:07 CET, your payment may have failed. No card data was exposed. Payment capacity now grows automatically with load.",
        triggering: [
            "↓# Card payment disruption\n\nWe had an incident on Friday.",
        ],
        nonTriggering: [
            "# Card payment disruption\n\nIf you paid by card in the EU between 10:02 and 12:07 CET, your payment may have failed. No card data was exposed. Payment capacity now grows automatically with load.",
        ])

    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding] {
        let names = context.sections.first { $0.key == "stakeholder_message" }?.names ?? []
        let section = outline.section(named: names)
        let text = section?.text ?? outline.text
        let missing = StakeholderContent.missing(in: text)
        guard !missing.isEmpty else { return [] }
        let first = section ?? outline.sections.first
        return [DocumentFinding(line: first?.line ?? 1, column: first?.column ?? 1, match: first?.title ?? "",
            message: "The text does not state " + Self.list(missing) + ". " + description.message)]
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}

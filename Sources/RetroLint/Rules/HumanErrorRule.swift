/// "Human error" named as a cause.
struct HumanErrorRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.human-error", name: "Human error as a cause", category: .blame, severity: .warning,
        message: "'Human error' is a label applied after the fact, not a cause; name the conditions that made the error likely and the safeguards that were missing.",
        rationale: """
            "Human error" ends the analysis exactly where it should start: people act on what the system shows them, under the time pressure and defaults it gives them. Name the contributing factors instead: the two consoles that look alike, the command without a confirmation, the runbook step that was manual. Describing a safeguard ("reduce human error through automation") is fine and does not trigger the rule.
            """,
        rewrite: "Contributing factors included …: the production and staging consoles look identical, and the command ran without confirmation.",
        triggering: [
            "Root cause: ↓human error during the deploy.",
            "The outage was caused by ↓operator error.",
            "This was ↓user error on our side.",
        ],
        nonTriggering: [
            "This was not operator error: the runbook named the wrong host.",
            "Automation will reduce human error in the release process.",
            "Two-person review guards against operator error.",
            "The form now validates input before it is saved.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        // A denial names no cause: "this was not operator error".
        if context.read(hit.start, hit.end, in: run).negated { return nil }
        let safeguards = context.set("safeguard_verbs", of: description.id)
        var index = hit.start - 1
        while index >= max(0, hit.start - 5) {
            if safeguards.contains(run.tokens[index].hash) { return nil }
            if run.tokens[index].startsClause { break }
            index -= 1
        }
        return Finding(hit)
    }
}

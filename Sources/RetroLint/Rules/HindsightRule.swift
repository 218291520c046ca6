/// "Should have known", "in hindsight … obvious": hindsight presented as foresight.
struct HindsightRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.hindsight", name: "Hindsight bias", category: .blame, severity: .warning,
        message: "This judges a past decision with knowledge that only came later; state what the signals showed at the time and when it became clear.",
        rationale: """
            After an incident the path to failure looks obvious, but it was not obvious to the people inside it. "Should have known" and "in hindsight it was clear" imply that someone failed to predict the future. Start the account before the incident and walk forward: what signals were available, what competed for attention, and when the picture changed.
            """,
        rewrite: "At the time the available signals were …; the connection became clear only after …",
        triggering: [
            "The team ↓should have known the pool was too small.",
            "↓In hindsight, the warning was obvious.",
            "↓It should have been obvious that the flag was on.",
            "↓Anyone would have checked the replica lag first.",
        ],
        nonTriggering: [
            "The pool size had not changed since the 2023 sizing.",
            "Anyone on the rotation can now page the database team from the runbook.",
            "Nobody had seen this warning before the incident.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        Finding(hit)
    }
}

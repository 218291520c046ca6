/// "Root cause" → "contributing factors".
struct RootCauseTermRule: PhraseRule {
    let description = RuleDescription(
        id: "terminology.root-cause", name: "Root cause", category: .terminology, severity: .suggestion,
        message: "Complex systems fail from several contributing factors, not one root cause; name the factors, technical and organisational.",
        rationale: """
            Looking for a single root cause makes a review stop at the first plausible answer and ignore factors from product design, process or team culture; it also ranks factors when they interact. Write "contributing factors" and list several. Headings are not checked, because many templates keep a "Root cause" heading.
            """,
        rewrite: "contributing factors",
        triggering: [
            "The ↓root cause was the Friday server update.",
            "We ran an ↓RCA on Monday.",
        ],
        nonTriggering: [
            "# Root cause",
            "Contributing factors included the Friday server update.",
        ],
        lintsHeadings: false)

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        TerminologySubstitution.check(hit, in: run, context: context, rule: description.id)
    }
}

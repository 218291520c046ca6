/// Judgements of care, skill or character: careless, sloppy, lazy, negligent.
struct JudgmentRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.judgment", name: "Judgement of character or skill", category: .blame, severity: .warning,
        message: "This judges a person's care or skill; describe the situation instead: the workload, the time pressure, the defaults the tool offered.",
        rationale: """
            Words like careless, sloppy, lazy, negligent or "poor judgment" attach a person's character to an outcome. Everyone in that position could have done the same with the same information, and the word stops the review from asking why the action made sense. Describe the local rationality: what the person knew, what the tool suggested, what the clock said. Technical senses ("lazy loading", "lazy evaluation") do not trigger the rule.
            """,
        rewrite: "The change went out without a second review because the release checklist does not ask for one on configuration-only changes.",
        triggering: [
            "The migration was run in a ↓careless way.",
            "It was ↓sloppy work by the platform team.",
            "A ↓fat-fingered command deleted the volume.",
            "This was ↓poor judgment under pressure.",
        ],
        nonTriggering: [
            "The page uses lazy loading for images.",
            "The migration ran while the replica was still catching up.",
            "Lazy evaluation delayed the error until the write.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        if run.tokens.indices.contains(hit.end),
            context.set("followers", of: description.id).contains(run.tokens[hit.end].hash)
        {
            return nil
        }
        return Finding(hit)
    }
}

/// "Obviously", "clearly", "simply", "of course" when they judge what a person did.
struct CondescensionRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.condescension", name: "Condescending minimiser", category: .blame, severity: .suggestion,
        message: "Calling a person's action obvious or simple implies they should have seen it; drop the word and explain what made the situation hard to read.",
        rationale: """
            Minimisers ("obviously", "clearly", "simply", "of course") next to what a person did suggest the right move was evident and they missed it. It rarely was: ask what made the judgment they made seem reasonable. The rule fires only when the word sits next to a person as subject; "monitoring clearly shows the failure", "to put it simply" and "non-obvious" are fine, and so is the temporal "just".
            """,
        rewrite: "Drop the minimiser and state what the responder saw: \"The responder restarted the pod; the dashboard still showed the old error rate.\"",
        triggering: [
            "Sam ↓obviously ignored the warning.",
            "↓Of course, they restarted the wrong pod.",
            "The on-call engineer ↓simply forgot the flag.",
            "↓Everyone knows you drain the node first.",
        ],
        nonTriggering: [
            "Monitoring clearly shows the failure at 09:12.",
            "To put it simply, the cache was cold.",
            "To put it simply, these Secpk checks cost more gas than they paid.",
            "It was a non-obvious phishing campaign.",
            "The outage lasted just over nine hours.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        if context.matches(context.phrases("unconditional", of: description.id), in: run, at: hit.start) {
            return Finding(hit)
        }
        if context.subjectIsPerson(before: hit.start, in: run, skipping: context.subjectGap) { return Finding(hit) }
        // "Of course, he …": the person follows the minimiser.
        let after = hit.end..<min(hit.end + 2, run.tokens.count)
        // Only sure people here: a capitalised word after "simply" is as often a product as a name.
        if after.contains(where: { context.pronouns.contains(run.tokens[$0].hash) || context.roles.contains(run.tokens[$0].hash)
            || context.people.contains(run.tokens[$0].hash) || run.tokens[$0].flags.contains(.handle) }) {
            return Finding(hit)
        }
        return nil
    }
}

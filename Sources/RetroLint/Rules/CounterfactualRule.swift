/// "Sam should have caught this", "the on-call engineer failed to notice": what a person did
/// not do, judged with hindsight.
struct CounterfactualRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.counterfactual", name: "Counterfactual about a person", category: .blame, severity: .warning,
        message: "This says what a person should have done instead of what happened; describe what they saw and did at the time, and what in the system made the outcome possible.",
        rationale: """
            Counterfactuals ("should have", "failed to", "forgot to", "if only") describe a world that did not happen and put the gap on a person. They hide why the action made sense at the time, so the review ends at "be more careful" instead of finding what in the system allowed the outcome. The rule fires only when the subject is a person, a role, a team or an @handle: "the job failed to start" is a fact about a system, and "we should have alerting" (a noun after "should have") is an action item. Rewrite as the sequence of events and the conditions: what the dashboard showed, what the runbook said, what was automated and what was not.
            """,
        rewrite: "Describe what was known and done at the time, and the condition that allowed it: \"The review did not surface the change to the pool size; the diff showed only the generated file.\"",
        triggering: [
            "Sam ↓should have caught this in review.",
            "The on-call engineer ↓failed to notice the alert.",
            "We ↓should have rolled back sooner.",
            "@dana ↓forgot to update the runbook.",
            "The SRE team ↓didn't check the dashboard.",
            "↓If only the reviewer had read the diff.",
            "They ↓should have been more careful with the flag.",
        ],
        nonTriggering: [
            "The job failed to start after the upgrade.",
            "Validation should have rejected the config.",
            "We should add alerting on config load failures.",
            "We should have alerting on config load failures.",
            "The on-call engineer should have been paged by the saturation alert.",
            "This should have been caught in review.",
            "Components failed to load the new configuration.",
            "The deploy job, which failed to finish, was retried.",
            "Use `Sam should have caught this` as an example.",
        ])

    var anchorLists: [String] { ["modal", "terms", "leading"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        switch hit.list {
        case "modal":
            return checkModal(hit, in: run, context: context)
        case "leading":
            // "if only" names its subject after it: "if only the reviewer had …".
            let window = (hit.end..<min(hit.end + 3, run.tokens.count))
            return window.contains { context.isPerson($0, in: run) } ? Finding(hit) : nil
        default:
            guard context.subjectIsPerson(before: hit.start, in: run, skipping: context.subjectGap) else { return nil }
            return Finding(hit)
        }
    }

    private func checkModal(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let next = hit.end
        guard run.tokens.indices.contains(next) else { return nil }
        if context.set("hindsight_verbs", of: description.id).contains(run.tokens[next].hash) { return nil }
        guard context.subjectIsPerson(before: hit.start, in: run, skipping: context.adverbs) else { return nil }
        if run.tokens[next].hash == Self.been {
            // "should have been paged" is passive: something else should have acted on the person.
            if context.isParticiple(next + 1, in: run) { return nil }
            return Finding(start: hit.start, end: min(next + 2, run.tokens.count))
        }
        // "should have alerting" (a noun) is an action item, not a counterfactual.
        guard context.isParticiple(next, in: run) else { return nil }
        return Finding(start: hit.start, end: next + 1)
    }

    private static let been = WordHash.of("been")
}

/// "Sam should have caught this", "the on-call engineer failed to notice": what a person did
/// not do, judged with hindsight.
struct CounterfactualRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.counterfactual", name: "Counterfactual about a person", category: .blame, severity: .warning,
        message: "This says what a person should have done instead of what happened; describe what they saw and did at the time, and what in the system made the outcome possible.",
        rationale: """
            Counterfactuals ("should have", "ought not to have", "failed to", "forgot to", "if only", "I wish I had tested", "would not have happened if we had checked") describe a world that did not happen and put the gap on a person. They hide why the action made sense at the time, so the review ends at "be more careful" instead of finding what in the system allowed the outcome. The rule fires only when the subject is a person, a role, a team or an @handle: "the job failed to start" is a fact about a system, and "we should have alerting" (a noun after "should have") is an action item. A list item with no subject ("- should have drained the node first") counts as the team's. "Could have" with a worse outcome ("without paging we could have noticed it much later") is luck, not blame, and stays quiet. A conditional fires when a person is its subject and its verb is past perfect ("if we had tested"), or simple past after "would have" ("than I would have if I took the time"). Rewrite as the sequence of events and the conditions: what the dashboard showed, what the runbook said, what was automated and what was not.
            """,
        rewrite: "Describe what was known and done at the time, and the condition that allowed it: \"The review did not surface the change to the pool size; the diff showed only the generated file.\"",
        triggering: [
            "Sam ↓should have caught this in review.",
            "The on-call engineer ↓failed to notice the alert.",
            "We ↓should have rolled back sooner.",
            "@dana ↓forgot to update the runbook.",
            "We really ↓ought not to have merged both changes at once.",
            "- ↓should have drained the node before the upgrade",
            "Honestly, ↓I wish I had tested the restore.",
            "It would not have happened ↓if we had pinned the version.",
            "It took longer than it would have ↓if I took the time to ask.",
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
            "Without the pager we could have noticed it much later.",
            "Which metrics, if you had them, could have warned you earlier?",
            "If we had more disk, the compaction would have finished.",
            "If I had to redo it, I would start with the replica.",
            "I wish you a calm on-call week.",
            "If the job had retried, the batch would have finished.",
        ])

    var anchorLists: [String] { ["modal", "terms", "leading", "wish", "conditional"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        switch hit.list {
        case "modal":
            return checkModal(hit, in: run, context: context)
        case "wish":
            return checkWish(hit, in: run, context: context)
        case "conditional":
            return checkConditional(hit, in: run, context: context)
        case "leading":
            // "if only" names its subject after it: "if only the reviewer had …".
            let window = (hit.end..<min(hit.end + 3, run.tokens.count))
            return window.contains { context.isPerson($0, in: run) } ? Finding(hit) : nil
        default:
            // "failed to", "forgotten to", "neglecting to" with a person as subject, as a past fact:
            // "if the on-call engineer fails to acknowledge, the page escalates" describes a process.
            guard context.isPastOrProgressive(hit.start, in: run), let subject = context.personSubject(before: hit.start, in: run),
                context.carriesProgressive(hit.start, subject: subject, in: run)
            else { return nil }
            let reading = context.read(hit.start, hit.end, in: run)
            // "Do not forget to tag the release" is an instruction.
            if reading.future || reading.question || reading.conditional || reading.negated { return nil }
            return Finding(hit)
        }
    }

    private func checkModal(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        // Adjuncts may sit on either side of "have": "should really have", "should have first told",
        // "could have easily checked". A bare modal ("should", "ought to") needs its "have".
        var afterHave = hit.end
        var adjuncts = 0
        if !Self.haves.contains(run.tokens[hit.end - 1].hash) {
            let have = context.skippingAdjuncts(from: hit.end, in: run)
            guard have < run.tokens.count, Self.haves.contains(run.tokens[have].hash), !run.tokens[have].startsClause else { return nil }
            adjuncts = have - hit.end
            afterHave = have + 1
        }
        let next = context.skippingAdjuncts(from: afterHave, in: run)
        guard run.tokens.indices.contains(next) else { return nil }
        adjuncts += next - afterHave
        let split = adjuncts > 0
        if context.set("event_verbs", of: description.id).contains(run.tokens[next].hash) { return nil }
        // "could not have known" says it was impossible, the opposite of a counterfactual.
        if Self.could.contains(run.tokens[hit.start].hash),
            (hit.start..<next).contains(where: { RuleContext.negations.contains(run.tokens[$0].hash) || run.tokens[$0].hash == Self.not })
        {
            return nil
        }
        // "should have known" is blame.hindsight's; with an adjunct inside, its phrase cannot match, so it is read here.
        if context.set("hindsight_verbs", of: description.id).contains(run.tokens[next].hash) && !split { return nil }
        if run.tokens[hit.start].startsClause {
            // A list item or clause with no subject: "- should have drained the node", "… - should
            // have waited". After a comma the subject is only further back ("metrics that, if …, could have").
            guard Self.startsWithoutSubject(hit.start, in: run), run.tokens[next].hash != Self.been,
                context.isParticiple(next, in: run)
            else { return nil }
            return Finding(start: hit.start, end: next + 1, suggestion: suggestion(actor: nil, hit, next, run))
        }
        guard context.personSubject(before: hit.start, in: run) != nil else { return nil }
        // Luck, not blame: "we could have noticed it much later".
        if Self.could.contains(run.tokens[hit.start].hash), context.followedBy(Self.worseOutcome, from: next, count: 8, in: run) { return nil }
        if run.tokens[next].hash == Self.been {
            // "should have been paged" is passive: something else should have acted on the person.
            if context.isParticiple(next + 1, in: run) { return nil }
            return Finding(start: hit.start, end: min(next + 2, run.tokens.count))
        }
        // "should have alerting" (a noun) is an action item, not a counterfactual.
        guard context.isParticiple(next, in: run) else { return nil }
        let actor = context.read(hit.start, hit.end, in: run).actor
        return Finding(start: hit.start, end: next + 1, suggestion: suggestion(actor: actor, hit, next, run))
    }

    /// Names the actor and the verb the counterfactual is about.
    private func suggestion(actor: String?, _ hit: PhraseHit, _ verb: Int, _ run: ProseRun) -> String {
        "Describe what \(actor ?? "the team") knew when deciding, and what would have made '\(run.words(verb..<verb + 1))' the obvious step then: a runbook entry, an alert or a check."
    }

    /// "I wish I had tested", "we wish we tested": a person and a past verb after it.
    private func checkWish(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        var index = hit.end
        guard index < run.tokens.count, context.isPerson(index, in: run) else { return nil }
        index = context.skippingAdjuncts(from: index + 1, in: run)
        if index < run.tokens.count, Self.had.contains(run.tokens[index].hash) { index = context.skippingAdjuncts(from: index + 1, in: run) }
        guard context.isParticiple(index, in: run) else { return nil }
        return Finding(start: hit.start, end: index + 1)
    }

    /// "if we had pinned", or "would have … if I took the time".
    private func checkConditional(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        var index = hit.end
        if index < run.tokens.count, RuleContext.determiners.contains(run.tokens[index].hash) { index += 1 }
        guard index < run.tokens.count, context.isPerson(index, in: run), !context.nonPerson.contains(run.tokens[index].hash) else { return nil }
        index = context.skippingAdjuncts(from: index + 1, in: run)
        if index < run.tokens.count, Self.had.contains(run.tokens[index].hash) {
            let verb = context.skippingAdjuncts(from: index + 1, in: run)
            guard context.isParticiple(verb, in: run), run.tokens[verb].hash != Self.been else { return nil }
            return Finding(start: hit.start, end: verb + 1)
        }
        // Simple past is counterfactual only after "would have" in the same sentence.
        guard context.isParticiple(index, in: run), Self.wouldHaveBefore(hit.start, in: run) else { return nil }
        return Finding(start: hit.start, end: index + 1)
    }

    /// True at a sentence start, or after a dash, colon or semicolon.
    private static func startsWithoutSubject(_ index: Int, in run: ProseRun) -> Bool {
        let token = run.tokens[index]
        if token.flags.contains(.sentenceStart) { return true }
        var byte = token.start - 1
        while byte >= 0 && run.bytes[byte] == 0x20 { byte -= 1 }
        guard byte >= 0 else { return true }
        let mark = run.bytes[byte]
        // "-", ":", ";", or the last byte of an en or em dash (E2 80 93 / E2 80 94).
        return mark == 0x2D || mark == 0x3A || mark == 0x3B || (byte >= 2 && run.bytes[byte - 2] == 0xE2 && (mark == 0x93 || mark == 0x94))
    }

    private static func wouldHaveBefore(_ index: Int, in run: ProseRun) -> Bool {
        var current = index - 1
        while current > 0 && current >= index - 12 {
            if run.tokens[current].hash == have && would.contains(run.tokens[current - 1].hash) { return true }
            if run.tokens[current].flags.contains(.sentenceStart) { return false }
            current -= 1
        }
        return false
    }

    private static let been = WordHash.of("been")
    private static let not = WordHash.of("n't")
    private static let haves = Set(["have", "'ve", "should've", "could've", "shouldn't've"].map(WordHash.of))
    private static let have = WordHash.of("have")
    private static let had = Set(["had", "'d"].map(WordHash.of))
    private static let would = Set(["would", "wouldn't", "could", "couldn't"].map(WordHash.of))
    private static let could = Set(["could", "could've", "couldn't"].map(WordHash.of))
    private static let worseOutcome = Set(["later", "worse", "longer", "slower"].map(WordHash.of))
}

/// Judgements of care, skill or character: careless, sloppy, lazy, negligent.
struct JudgmentRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.judgment", name: "Judgement of character or skill", category: .blame, severity: .warning,
        message: "This judges a person's care or skill; describe the situation instead: the workload, the time pressure, the defaults the tool offered.",
        rationale: """
            Words like careless, sloppy, lazy, negligent or "poor judgment" attach a person's character to an outcome. Everyone in that position could have done the same with the same information, and the word stops the review from asking why the action made sense. Describe the local rationality: what the person knew, what the tool suggested, what the clock said. The rule also reads evaluations of a decision or of a person's haste and skill: "overzealous", "in a haste", "hurriedly", "misguided", a bad, poor or wrong decision, call or choice, and negated praise of a decision or a person ("was not the best solution", "wasn't a strong engineer", "wasn't really the best call", even when a hard wrap splits it). Adjectives count in each of their forms ("sloppy", "sloppily", "sloppiness"), and a verdict adjective may stand a word away from its decision ("a bad engineering decision"). Technical senses ("lazy loading", "lazy evaluation", "lazy continuation lines") do not trigger the rule, and neither does a denial ("we cannot call it sloppy", "this was not careless") unless the sentence says it will not happen "again" or "anymore".
            """,
        rewrite: "The change went out without a second review because the release checklist does not ask for one on configuration-only changes.",
        triggering: [
            "The migration was run in a ↓careless way.",
            "It was ↓sloppy work by the platform team.",
            "A ↓fat-fingered command deleted the volume.",
            "This was ↓poor judgment under pressure.",
            "We were ↓overzealous when we pruned the old indexes.",
            "I pushed the hotfix ↓in a haste and skipped staging.",
            "Failing over both regions at once was\n↓not the best\nchoice.",
            "She ↓wasn't a strong engineer, so the review was thin.",
            "Rolling back the schema first was a ↓wrong call.",
            "I won't rotate keys ↓carelessly again.",
            "Paging the whole team ↓wasn't really the best call.",
            "Caching the tokens for a day was a ↓bad engineering decision.",
            "I ↓stupidly forgot to renew the certificate.",
            "The rollout was handled ↓sloppily.",
        ],
        nonTriggering: [
            "The page uses lazy loading for images.",
            "The migration ran while the replica was still catching up.",
            "Lazy evaluation delayed the error until the write.",
            "Markdown lazy continuation lines joined the quote to the list.",
            "We cannot call the handover sloppy: the runbook had no step for it.",
            "It was not the best-known failure mode, so the alert had no runbook.",
            "The new index was not the best fit for range queries, as the benchmark showed.",
            "It was not really the best-documented flag, so the default surprised everyone.",
            "Returning a bad request status was the right call for malformed input.",
        ])

    var anchorLists: [String] { ["terms", "negated_praise", "negators", "verdicts"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let id = description.id
        if run.tokens.indices.contains(hit.end), context.set("followers", of: id).contains(run.tokens[hit.end].hash) {
            return nil
        }
        if hit.list == "negators" { return checkNegatedPraise(hit, in: run, context: context) }
        if hit.list == "verdicts" { return checkVerdict(hit, in: run, context: context) }
        let reading = context.read(hit.start, hit.end, in: run)
        // A denial ("nor call it sloppy") or a plan ("to merge it hastily") is quiet; "won't … carelessly again" still says it happened.
        if (reading.negated || reading.future) && !context.sentence(of: hit.start, contains: Self.recurrence, in: run) { return nil }
        guard hit.list == "negated_praise" else { return Finding(hit, message: description.message + " (read as: judgement word; \(reading.summary))") }
        // "not the best" + a decision or a person within two words: "not the best solution", "wasn't a strong engineer".
        let nouns = context.set("judged_nouns", of: id).union(context.roles)
        guard let noun = (hit.end..<min(hit.end + 3, run.tokens.count)).first(where: { nouns.contains(run.tokens[$0].hash) }),
            !(hit.end..<noun).contains(where: { run.tokens[$0].startsClause || run.tokens[$0].flags.contains(.sentenceStart) })
                && !run.tokens[noun].startsClause
        else { return nil }
        return Finding(hit, message: description.message + " (read as: negated praise of '\(run.words(noun..<noun + 1))'; \(reading.summary))")
    }

    /// "wasn't really the best call", "was not exactly a good idea", "not the smartest of moves":
    /// a negation, adjuncts, an article, adjuncts, a word of praise and, within two words, a decision
    /// or a person. The plain phrases ("not the best") are in `negated_praise`; this reads the rest.
    private func checkNegatedPraise(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let tokens = run.tokens
        let article = context.skippingAdjuncts(from: hit.end, limit: 2, in: run)
        guard article < tokens.count, Self.articles.contains(tokens[article].hash), !tokens[article].startsClause else { return nil }
        let praised = context.skippingAdjuncts(from: article + 1, limit: 2, in: run)
        guard praised < tokens.count, context.set("praise", of: description.id).contains(tokens[praised].hash),
            !tokens[praised].startsClause, praised > article + 1 || article > hit.end
        else { return nil }
        return judgedNoun(after: praised + 1, hit, cue: "negated praise", in: run, context: context)
    }

    /// "a bad engineering decision", "poor architectural choices": a verdict adjective and a
    /// decision noun within two words, not denied and not a plan.
    private func checkVerdict(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let reading = context.read(hit.start, hit.end, in: run)
        if reading.negated || reading.future || reading.question { return nil }
        let nouns = context.set("verdict_nouns", of: description.id)
        guard let noun = (hit.end..<min(hit.end + 3, run.tokens.count)).first(where: { nouns.contains(run.tokens[$0].hash) }),
            noun > hit.end, !(hit.end...noun).contains(where: { run.tokens[$0].startsClause })
        else { return nil }
        return Finding(start: hit.start, end: noun + 1, message: description.message + " (read as: verdict on '\(run.words(noun..<noun + 1))'; \(reading.summary))")
    }

    private func judgedNoun(after start: Int, _ hit: PhraseHit, cue: String, in run: ProseRun, context: RuleContext) -> Finding? {
        let nouns = context.set("judged_nouns", of: description.id).union(context.roles)
        guard let noun = (start..<min(start + 2, run.tokens.count)).first(where: { nouns.contains(run.tokens[$0].hash) }),
            !(start...noun).contains(where: { run.tokens[$0].startsClause })
        else { return nil }
        let reading = context.read(hit.start, hit.end, in: run)
        if reading.future || reading.question { return nil }
        return Finding(start: hit.start, end: noun + 1, message: description.message + " (read as: \(cue) of '\(run.words(noun..<noun + 1))'; \(reading.summary))")
    }

    private static let articles = Set(["the", "a", "an"].map(WordHash.of))
    private static let recurrence = Set(["again", "anymore"].map(WordHash.of))
}

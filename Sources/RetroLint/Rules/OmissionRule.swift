/// "I missed the warning", "we did not keep a close eye on it", "@dana did not alert others":
/// what a person or team did not do, put down as the failing.
struct OmissionRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.omission", name: "Omission by a person", category: .blame, severity: .warning,
        message: "This puts the incident down to what a person or team did not do; describe what they saw and were busy with at the time, and what would have surfaced the problem to them.",
        rationale: """
            An omission with a person as subject ("I missed", "we ignored", "did not monitor closely enough", "@dana did not tell the others") reads as a failing of that person. The rule reads the clause around the cue: its subject (a pronoun, "we" or "I", a role, a team, an @handle, a name, or none in a list item), its polarity (a denied or negated miss is quiet), its mood (an action item such as "we will not miss" is quiet, so is a question) and what follows (a "because" that explains the miss is quiet). A miss verb (missed, ignored, overlooked, neglected) fires with a person as subject. "Did not", "never", "was not" fire when the clause judges diligence ("enough", "closely", "carefully", "properly", "a close eye", "the best practices", "prepared"), when the verb is a diligence verb (catch, notice, check, test, verify, review, read, follow, monitor) with no explanation after it, or when the subject is a named individual. A factual omission by the team ("we did not notify the vendor") and any system subject ("the alert did not fire") stay quiet. Rewrite as what was visible at the time and what in the system would have shown it.
            """,
        triggering: [
            "I ↓missed the warning in the deploy log.",
            "Honestly, we ↓ignored the disk alert for a week.",
            "We ↓did not review the migration closely enough.",
            "The SRE team ↓didn't check the dashboard.",
            "@kiran ↓did not tell the others that the schema changed.",
            "- ↓did not keep an eye on the queue depth after the rollout",
            "The database team ↓never verified the restore.",
            "We ↓were not prepared for the traffic.",
            "Reviewers ↓overlooked the changed default.",
        ],
        nonTriggering: [
            "The cache missed on every request after the restart.",
            "We missed the availability SLO by 0.2% this quarter.",
            "The parser ignored the unknown field.",
            "We did not notify the vendor until Tuesday.",
            "The alert did not fire because the threshold was unset.",
            "We didn't notice the error for two days because nothing paged on it.",
            "We will not ignore this class of alert again: it now pages.",
            "Did we miss anything in the timeline?",
            "Nobody ignored the page; it never reached a phone.",
            "It was not that the on-call engineer missed the alert: the pager was muted by the maintenance window.",
            "The retry did not check the response code.",
            "The change merged in December was never tested against the old schema.",
        ])

    var anchorLists: [String] { ["terms", "negated"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let id = description.id
        let reading = context.read(hit.start, hit.end, in: run)
        if reading.future || reading.question || reading.negated { return nil }
        if hit.list == "terms" {
            // "forgot to", "neglected to" are counterfactuals, read by blame.counterfactual.
            if hit.end < run.tokens.count, run.tokens[hit.end].hash == RuleContext.to, !run.tokens[hit.end].startsClause { return nil }
            guard reading.subject.isPeople, context.isPastOrProgressive(hit.start, in: run),
                !context.followedBy(context.set("outcomes", of: id), from: hit.end, count: 3, in: run)
            else { return nil }
            // "they should silently be ignored": passive, the actor is only implied.
            var before = hit.start - 1
            while before >= 0 && context.isAdjunct(before, in: run) && !run.tokens[before + 1].startsClause { before -= 1 }
            if before >= 0, Self.passiveAuxiliaries.contains(run.tokens[before].hash), !run.tokens[hit.start].startsClause,
                context.isParticiple(hit.start, in: run)
            {
                return nil
            }
            // "engineers ignoring the banner" describes them; "we kept ignoring it" is a verb.
            if let subject = context.personSubject(before: hit.start, in: run), !context.carriesProgressive(hit.start, subject: subject, in: run) {
                return nil
            }
            return finding(start: hit.start, end: hit.end, cue: "miss verb", reading, run)
        }
        guard reading.subject != .thing else { return nil }
        // Passive ("the change was never tested"): the actor is only implied.
        if hit.start > 0, Self.passiveAuxiliaries.contains(run.tokens[hit.start - 1].hash) { return nil }
        let clauseEnd = Self.clauseEnd(after: hit.end, in: run)
        let evaluative = context.set("evaluative", of: id)
        if let judged = (hit.end..<clauseEnd).first(where: { evaluative.contains(run.tokens[$0].hash) }) {
            return finding(start: hit.start, end: judged + 1, cue: "omission judged by '\(run.words(judged..<judged + 1))'", reading, run)
        }
        // "was not", "were not" blame only with an evaluative word; the rest need a verb.
        guard !Self.copulas.contains(run.tokens[hit.start].hash), hit.end < run.tokens.count else { return nil }
        var verb = hit.end
        while verb < clauseEnd - 1 && context.isAdjunct(verb, in: run) { verb += 1 }
        let hash = run.tokens[verb].hash
        if reading.explained { return nil }
        if context.set("diligence_verbs", of: id).contains(hash) {
            return finding(start: hit.start, end: verb + 1, cue: "omission of a diligence verb", reading, run)
        }
        if reading.surelyNamed, !context.set("neutral_verbs", of: id).contains(hash) {
            return finding(start: hit.start, end: verb + 1, cue: "omission by a named person", reading, run)
        }
        return nil
    }

    private func finding(start: Int, end: Int, cue: String, _ reading: ClauseReading, _ run: ProseRun) -> Finding {
        let actor = reading.actor ?? "the people involved"
        let words = run.words(start..<end)
        return Finding(
            start: start, end: end,
            suggestion: "Describe what \(actor) saw and had in hand when '\(words)' happened, and what check, alert or review step would surface it next time.",
            message: description.message + " (read as: \(cue); \(reading.summary))")
    }

    /// The end of the clause that starts at `index` (the next clause or sentence start), within reach.
    static func clauseEnd(after index: Int, in run: ProseRun) -> Int {
        var end = index
        while end < run.tokens.count && end < index + 10 && !(end > index && run.tokens[end].startsClause) { end += 1 }
        return end
    }

    private static let passiveAuxiliaries = Set(["was", "were", "is", "are", "been", "be", "being"].map(WordHash.of))
    private static let copulas = Set(["was", "were", "wasn't", "weren't"].map(WordHash.of))
}

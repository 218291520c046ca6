/// "Due to a configuration oversight", "a mistake on our part", "Big blunder.": an error noun
/// that puts the incident down to a human slip.
struct ErrorNounRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.error-noun", name: "Human error noun as a cause", category: .blame, severity: .warning,
        message: "This names a human slip (a mistake, an oversight, a blunder) as what happened; describe the action and the condition that let it through.",
        rationale: """
            "A mistake", "an oversight", "a blunder", "a lapse", "dropped the ball" label an action as a human failing and end the inquiry there. The rule reads the noun's frame: it fires when the noun has a human owner ("my mistake", "our oversight", "a mistake on our part"), when it is given as the cause ("due to a configuration oversight", "caused by a mistake", "the result of an oversight"), when a decision is judged with it ("deploying on Friday was a mistake", "we made a mistake") or when it stands alone as a verdict ("Big blunder."). It stays quiet when the noun is denied ("this was not a mistake"), in a question, in "lack of oversight" and "oversight board" (supervision, not a slip), and in "by mistake" unless a person is the subject. Headings are not read ("(Testing oversight)" tags a section). Rewrite as what was done, what the person saw at the time, and which safeguard was missing.
            """,
        triggering: [
            "The outage happened ↓due to a configuration oversight.",
            "Turning off the replica before the backup finished ↓was a mistake.",
            "That was ↓my mistake, not the tool's.",
            "↓Big blunder.",
            "We ↓dropped the ball on the certificate renewal.",
            "The stale key was the ↓result of an oversight during the rotation.",
            "We ↓made a mistake in the rollout order.",
        ],
        nonTriggering: [
            "Moving the queue to its own cluster was not a mistake; the trouble was the missing quota.",
            "The board asked for more oversight of vendor access.",
            "The lack of oversight on the shared bucket is an organisational factor.",
            "The job deleted the branch by mistake when the pattern matched too widely.",
            "Was it a mistake to fail over so early?",
            "Error budgets assume that mistakes will happen.",
            "There was a mistake in the capacity table, corrected on 12 May.",
            "It is a common mistake to size connection pools by CPU count.",
        ],
        lintsHeadings: false)

    var anchorLists: [String] { ["terms", "idioms", "slips"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let id = description.id
        let reading = context.read(hit.start, hit.end, in: run)
        if reading.negated || reading.question { return nil }
        let before = { (offset: Int) -> UInt64? in
            hit.start - offset >= 0 ? run.tokens[hit.start - offset].hash : nil
        }
        if hit.list == "idioms" {
            return reading.subject.isPeople || reading.subject == .elided ? finding(hit.start, hit, "error idiom", reading, run) : nil
        }
        if hit.list == "slips" { return checkSlip(hit, reading, in: run, context: context) }
        // Supervision, not a slip: "lack of oversight", "oversight board".
        if before(1) == Self.of || hit.end < run.tokens.count && context.set("supervision", of: id).contains(run.tokens[hit.end].hash) {
            return nil
        }
        if before(1) == Self.by {
            return reading.subject == .firstPerson || reading.subject == .person || reading.subject == .handle || reading.subject == .name
                ? finding(hit.start - 1, hit, "'by mistake' with a person as subject", reading, run) : nil
        }
        // Owner: "my mistake", "our own oversight", "a mistake on our part".
        for offset in 1...2 {
            guard let hash = before(offset) else { break }
            if Self.possessives.contains(hash) { return finding(hit.start - offset, hit, "error noun with a human owner", reading, run) }
            if run.tokens[hit.start - offset].startsClause { break }
        }
        if context.matches(context.phrases("owner_after", of: id), in: run, at: hit.end) {
            return finding(hit.start, hit, "error noun with a human owner", reading, run)
        }
        // Frame: "due to a (config) oversight", "was a mistake", "made a mistake".
        var index = hit.start - 1
        var words = 0
        while index >= 0 && words < 4 {
            let token = run.tokens[index]
            if let frame = context.phrases("frames", of: id).first(where: { frame in
                index - frame.count + 1 >= 0 && frame.indices.allSatisfy { run.tokens[index - frame.count + 1 + $0].hash == frame[$0] }
            }) {
                // "There is a mistake in the table": a typo found, not a verdict.
                if index > 0, Self.there.contains(run.tokens[index - 1].hash) { return nil }
                return finding(index - frame.count + 1, hit, "error noun as the cause or the verdict", reading, run)
            }
            if token.startsClause { break }
            index -= 1
            words += 1
        }
        // A verdict on its own: "Big blunder."
        if (2...3).contains(Self.sentenceLength(around: hit, in: run)) { return finding(max(hit.start - 1, 0), hit, "error noun as a verdict", reading, run) }
        return nil
    }

    /// "I mistakenly ran it", "she accidentally deleted the volume", "By accident, we set the alarm to
    /// 80GB", "Accidentally rebooted production.": a slip whose actor is a person, read before the
    /// adverb or, when it opens the clause, after it. A system subject ("the job mistakenly retried")
    /// and the passive ("was accidentally deleted", whose actor is only implied) stay quiet.
    private func checkSlip(_ hit: PhraseHit, _ reading: ClauseReading, in run: ProseRun, context: RuleContext) -> Finding? {
        // "We'd accidentally caused this with the migration, as the build script still looked for
        // the old file": an accident told with its conditions is the account a review wants.
        if reading.future || reading.conditional || context.explainedLater(after: hit.end, in: run) { return nil }
        let tokens = run.tokens
        if let subject = context.personSubject(before: hit.start, in: run) {
            // "was accidentally deleted by …": passive, the actor is only implied.
            if (subject + 1..<hit.start).contains(where: { Self.passive.contains(tokens[$0].hash) }) { return nil }
            return finding(hit.start, hit, "slip with a person as subject", reading, run)
        }
        if hit.start > 0, RuleContext.conjunctions.contains(tokens[hit.start - 1].hash), !tokens[hit.start - 1].flags.contains(.sentenceStart) {
            return context.coordinatedSubject(before: hit.start - 1, in: run) != nil ? finding(hit.start, hit, "slip with a person as subject", reading, run) : nil
        }
        guard tokens[hit.start].startsClause else { return nil }
        // Opening the clause: the subject follows ("Accidentally, we …"), or none does ("Accidentally rebooted production").
        var next = hit.end
        if next < tokens.count, RuleContext.determiners.contains(tokens[next].hash) { next += 1 }
        guard next < tokens.count else { return nil }
        if context.isPerson(next, in: run), !context.nonPerson.contains(tokens[next].hash) {
            return finding(hit.start, hit, "slip with a person as subject", reading, run)
        }
        if next == hit.end, tokens[hit.start].flags.contains(.sentenceStart), !tokens[next].startsClause, context.isParticiple(next, in: run) {
            return finding(hit.start, hit, "slip with the writer as elided subject", reading, run)
        }
        return nil
    }

    private func finding(_ start: Int, _ hit: PhraseHit, _ cue: String, _ reading: ClauseReading, _ run: ProseRun) -> Finding {
        Finding(start: start, end: hit.end, message: description.message + " (read as: \(cue); \(reading.summary))")
    }

    private static func sentenceLength(around hit: PhraseHit, in run: ProseRun) -> Int {
        var start = hit.start
        while start > 0 && !run.tokens[start].flags.contains(.sentenceStart) { start -= 1 }
        var end = hit.end
        while end < run.tokens.count && !run.tokens[end].flags.contains(.sentenceStart) { end += 1 }
        return end - start
    }

    private static let of = WordHash.of("of")
    private static let passive = Set(["was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"].map(WordHash.of))
    private static let there = Set(["there", "here"].map(WordHash.of))
    private static let by = WordHash.of("by")
    private static let possessives = Set(["my", "our", "his", "her", "their", "your", "own"].map(WordHash.of))
}

/// "Who broke it?", "whose fault": questions that look for a culprit.
struct BlameQuestionRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.question", name: "Who-question", category: .blame, severity: .warning,
        message: "Asking who looks for a culprit; ask what and how instead: which change, which process step, what made it possible.",
        rationale: """
            "Who" and "whose fault" questions make people justify themselves and hide the conditions that matter. It's not about who tripped over the power cord, but how to stop people tripping over it next time. Ask what happened, how it made sense at the time, and which process step let the change through. A relative clause ("the engineer who pushed the fix") is not a question and does not trigger the rule. "Why didn't anyone …?" and "what did I do wrong?" ask the same thing of a group or of oneself. The rule reads why and how questions whose subject is a person with a negated verb ("How can you push on a Friday and not notice?", "how did we not catch it?"), a negative subject even in an indirect question ("why nobody questioned it"), and direct questions that open with who and a past verb ("Who approved this?"); "Why didn't the alert fire?" is about a system and "How can we make sure nobody misses it?" is a plan.
            """,
        rewrite: "Which change reached production, and which check could have stopped it?",
        triggering: [
            "↓Who broke the build on Friday?",
            "It is unclear ↓whose fault this was.",
            "↓Who pushed this change?",
            "↓Why didn't anyone check the quota before launch?",
            "Looking back, ↓what did I do wrong?",
            "↓How can you push on a Friday and not notice?",
            "↓How did we not catch this in staging?",
            "It is fair to ask ↓why nobody questioned the access.",
            "So, ↓who approved this?",
            "↓What were you thinking?",
        ],
        nonTriggering: [
            "The engineer who pushed the fix also updated the runbook.",
            "We asked why the check did not run and found the cron entry disabled.",
            "Which change reached production without review?",
            "Why did we pick Redis for the queue?",
            "How can we make sure nobody misses the page again?",
            "Why didn't the alert fire?",
            "Who was on call that night?",
            "How did the job not notice the lock?",
        ])

    var anchorLists: [String] { ["terms", "interrogatives", "who"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        switch hit.list {
        case "interrogatives": return checkWhyHow(hit, in: run, context: context)
        case "who": return checkWho(hit, in: run, context: context)
        default: break
        }
        if context.matches(context.phrases("unconditional", of: description.id), in: run, at: hit.start) {
            return Finding(hit)
        }
        let who = run.tokens[hit.start]
        return who.startsClause || who.flags.contains(.question) ? Finding(hit) : nil
    }

    /// "Why didn't anyone check?", "How can you push on Friday and not notice?", "how did we not
    /// catch it?", "why nobody questioned it", "Why would anyone do that?": why or how, up to two
    /// auxiliaries, a person, and a negation on that person's verb (or a negative subject, which
    /// also reads in an indirect question). "Why did we pick Redis?" and "How can we make sure
    /// nobody misses it?" ask about reasons and plans and stay quiet.
    private func checkWhyHow(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let tokens = run.tokens
        // "That is why nobody noticed": an explanation, not a question.
        if hit.start > 0, Self.explaining.contains(tokens[hit.start - 1].hash) { return nil }
        var index = context.skippingAdjuncts(from: hit.end, limit: 2, in: run)  // "why on earth"
        var negatedAuxiliary = false
        var auxiliaries = 0
        var would = false
        while index < tokens.count && auxiliaries < 2 && Self.auxiliaries.contains(tokens[index].hash) && !tokens[index].startsClause {
            if RuleContext.negations.contains(tokens[index].hash) { negatedAuxiliary = true }
            if tokens[index].hash == Self.would { would = true }
            index += 1
            auxiliaries += 1
        }
        guard index < tokens.count, !tokens[index].startsClause || index == hit.end else { return nil }
        let subject = index
        if Self.negativeSubjects.contains(tokens[subject].hash) || tokens[subject].hash == Self.no && subject + 1 < tokens.count && tokens[subject + 1].hash == Self.one {
            return finding(hit.start, subject + 1, "who-question with a negative subject", run)
        }
        // The rest needs a direct question: "how" and "why" open many a statement.
        guard tokens[hit.start].startsClause, tokens[hit.start].flags.contains(.question), context.isPerson(subject, in: run), !context.nonPerson.contains(tokens[subject].hash),
            !RuleContext.determiners.contains(tokens[subject].hash) || subject + 1 < tokens.count && context.roles.contains(tokens[subject + 1].hash)
        else { return nil }
        let subjectEnd = RuleContext.determiners.contains(tokens[subject].hash) ? subject + 2 : subject + 1
        let verb = context.skippingAdjuncts(from: subjectEnd, in: run)
        // With "was" or "were" the person acts only in the progressive ("why wasn't anyone watching");
        // "why were they not told apart" is passive, about what was done to them.
        if (hit.end..<subject).contains(where: { Self.beForms.contains(tokens[$0].hash) }) {
            guard verb < tokens.count, tokens[verb].text(in: run.bytes).lowercased().hasSuffix("ing") else { return nil }
        }
        if negatedAuxiliary && auxiliaries > 0 { return finding(hit.start, subjectEnd, "why-question about a person's omission", run) }
        // "how did we not catch it", "how could you never notice".
        if auxiliaries > 0, subjectEnd < tokens.count, (subjectEnd..<min(verb + 1, tokens.count)).contains(where: { Self.nots.contains(tokens[$0].hash) }) {
            return finding(hit.start, min(verb + 1, tokens.count), "why-question about a person's omission", run)
        }
        // "… and not notice?": a second, negated verb for the same person.
        var current = subjectEnd
        while current + 1 < tokens.count && !tokens[current + 1].flags.contains(.sentenceStart) {
            if Self.ands.contains(tokens[current].hash), Self.nots.contains(tokens[current + 1].hash) {
                return finding(hit.start, current + 2, "why-question about a person's omission", run)
            }
            current += 1
        }
        if would, hit.start < tokens.count, tokens[hit.start].hash == Self.why, Self.anyone.contains(tokens[subject].hash) {
            return finding(hit.start, subjectEnd, "why-question about a person's choice", run)
        }
        return nil
    }

    /// "Who approved this?", "So, who signed off on it?": who and a past verb open a direct question.
    private func checkWho(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let who = run.tokens[hit.start]
        let verb = context.skippingAdjuncts(from: hit.end, limit: 2, in: run)  // "who the hell merged this?"
        guard who.startsClause, who.flags.contains(.question), verb < run.tokens.count, !run.tokens[hit.end].startsClause,
            context.isParticiple(verb, in: run), !context.auxiliaries.contains(run.tokens[verb].hash)
        else { return nil }
        return finding(hit.start, verb + 1, "who-question about a past action", run)
    }

    private func finding(_ start: Int, _ end: Int, _ cue: String, _ run: ProseRun) -> Finding {
        Finding(start: start, end: end, message: description.message + " (read as: \(cue))")
    }

    private static let auxiliaries = Set(["did", "didn't", "do", "don't", "does", "doesn't", "can", "can't", "cannot", "could",
                                          "couldn't", "would", "wouldn't", "was", "wasn't", "were", "weren't", "is", "isn't",
                                          "are", "aren't", "has", "hasn't", "have", "haven't", "had", "hadn't"].map(WordHash.of))
    private static let explaining = Set(["is", "was", "that's", "this", "that", "which", "explains", "explain", "explained", "reason"].map(WordHash.of))
    private static let beForms = Set(["was", "wasn't", "were", "weren't", "is", "isn't", "are", "aren't"].map(WordHash.of))
    private static let negativeSubjects = Set(["nobody", "noone", "no-one"].map(WordHash.of))
    private static let no = WordHash.of("no")
    private static let one = WordHash.of("one")
    private static let would = WordHash.of("would")
    private static let why = WordHash.of("why")
    private static let nots = Set(["not", "never", "n't"].map(WordHash.of))
    private static let ands = Set(["and", "yet", "but"].map(WordHash.of))
    private static let anyone = Set(["anyone", "anybody"].map(WordHash.of))
}

/// What the words around a cue say about it: who the subject of its clause is, whether the
/// clause is negated, asked, about the future or explained by a because-clause. Blame rules
/// decide from these features, and each finding names the ones that fired, so `retro explain`
/// and the message say why a sentence was flagged.
///
/// Reading is bounded: at most `reach` words back to the clause start and to the sentence end
/// forward, so the cost per cue is constant.
struct ClauseReading {
    enum Subject: String {
        case firstPerson = "first person"
        case person
        case role
        case handle
        case name
        /// The clause starts with the cue or a conjunction: a list item or a clause whose subject is elided.
        case elided = "elided"
        /// A system, a document, a thing.
        case thing

        var isPeople: Bool { self != .thing && self != .elided }
    }

    var subject: Subject
    /// The subject's word as written ("we", "@dana", "the team").
    var actor: String?
    /// "not", "never", "nor", "cannot" … before the cue in its clause.
    var negated = false
    /// The sentence ends in "?".
    var question = false
    /// "will", "need to", "must", "let's" … before the cue: an action item, not a past fact.
    var future = false
    /// A "because", "since" or "as it" follows in the sentence: the clause is explained, not judged.
    var explained = false
    /// "if", "unless", "whenever" opens the clause: a condition ("if the on-call engineer fails to
    /// acknowledge, the page escalates"), not a past fact.
    var conditional = false
    /// The subject is an @handle or a name from the configuration, not only a capitalised word
    /// (which is as often a product: "Prow did not respond").
    var surelyNamed = false

    /// "subject: first person 'we'; past fact" for the finding's message.
    var summary: String {
        var parts = ["subject: " + subject.rawValue + (actor.map { " '\($0)'" } ?? "")]
        parts.append(question ? "question" : future ? "future" : "past fact")
        if negated { parts.append("negated") }
        return parts.joined(separator: "; ")
    }

    static let reach = 8
}

extension RuleContext {
    /// Reads the clause around tokens `start..<end` of `run`.
    func read(_ start: Int, _ end: Int, in run: ProseRun) -> ClauseReading {
        var reading = ClauseReading(subject: .elided)
        let tokens = run.tokens
        reading.question = tokens.indices.contains(start) && tokens[start].flags.contains(.question)
        // Back to the clause start: markers of polarity and mood, and the subject.
        var foundSubject = false
        var index = start - 1
        if tokens.indices.contains(start), !tokens[start].startsClause {
            while index >= 0 && index >= start - ClauseReading.reach {
                let token = tokens[index]
                if Self.negations.contains(token.hash) { reading.negated = true }
                if Self.futureMarkers.contains(token.hash) { reading.future = true }
                if Self.conditions.contains(token.hash) { reading.conditional = true }
                // "to open the PR": an infinitive is a plan; "to every region" is not.
                if token.hash == Self.to, index + 1 < start, !Self.determiners.contains(tokens[index + 1].hash),
                    !tokens[index + 1].flags.contains(.capitalized)
                {
                    reading.future = true
                }
                if !foundSubject && !subjectGap.contains(token.hash) && !isLyAdverb(index, in: run)
                    && !Self.negations.contains(token.hash) && !Self.determiners.contains(token.hash)
                {
                    foundSubject = true
                    reading.subject = subjectKind(index, in: run)
                    if reading.subject != .elided { reading.actor = actor(at: index, in: run) }
                    reading.surelyNamed = token.flags.contains(.handle) || people.contains(token.hash)
                }
                if token.startsClause { break }
                index -= 1
            }
        }
        // Forward to the sentence end: an explanation.
        var next = end
        while next < tokens.count && next < end + 3 * ClauseReading.reach && !tokens[next].flags.contains(.sentenceStart) {
            if Self.explanations.contains(tokens[next].hash)
                || tokens[next].hash == Self.as && next + 1 < tokens.count && Self.explainedSubjects.contains(tokens[next + 1].hash)
            {
                reading.explained = true
                break
            }
            next += 1
        }
        return reading
    }

    private func subjectKind(_ index: Int, in run: ProseRun) -> ClauseReading.Subject {
        let token = run.tokens[index]
        if Self.conjunctions.contains(token.hash) && token.startsClause { return .elided }
        if Self.firstPerson.contains(token.hash) { return .firstPerson }
        if token.flags.contains(.handle) { return .handle }
        if people.contains(token.hash) { return .name }
        if token.hash == Self.who, index > 0, !token.startsClause, !isPerson(index - 1, in: run) { return .thing }
        if pronouns.contains(token.hash) { return .person }
        if roles.contains(token.hash) { return .role }
        return isPerson(index, in: run) ? .name : .thing
    }

    /// The subject as written, with its determiner ("the team").
    /// The subject as it reads mid-sentence: "we", "I", "@dana", "the team", "the reviewers".
    private func actor(at index: Int, in run: ProseRun) -> String {
        let token = run.tokens[index]
        let word = token.text(in: run.bytes)
        if index > 0, Self.determiners.contains(run.tokens[index - 1].hash), !token.startsClause {
            return run.tokens[index - 1].text(in: run.bytes).lowercased() + " " + word
        }
        if token.hash == Self.i { return "I" }
        if pronouns.contains(token.hash) || Self.firstPerson.contains(token.hash) { return word.lowercased() }
        if roles.contains(token.hash) { return "the " + word.lowercased() }
        return word
    }

    private static let i = WordHash.of("i")

    /// True for an adverb or short adjunct that may sit inside a verb group ("should really have",
    /// "should have first told", "we completely failed to"): a pack adverb, or a lower-case word
    /// ending in -ly that is not one of the nouns and verbs spelt that way.
    func isAdjunct(_ index: Int, in run: ProseRun) -> Bool {
        guard run.tokens.indices.contains(index) else { return false }
        return adverbs.contains(run.tokens[index].hash) || isLyAdverb(index, in: run)
    }

    func isLyAdverb(_ index: Int, in run: ProseRun) -> Bool {
        let token = run.tokens[index]
        guard token.end - token.start > 4, !token.flags.contains(.capitalized) || token.flags.contains(.sentenceStart),
            run.bytes[token.end - 2] | 0x20 == 0x6C, run.bytes[token.end - 1] | 0x20 == 0x79  // "ly"
        else { return false }
        return !Self.lyNotAdverbs.contains(token.hash)
    }

    /// The index after the adjuncts that start at `index` (at most `limit`, within the clause).
    func skippingAdjuncts(from index: Int, limit: Int = 3, in run: ProseRun) -> Int {
        var current = index
        while current < run.tokens.count && current < index + limit && !(current > index && run.tokens[current].startsClause) {
            if isAdjunct(current, in: run) {
                current += 1
            } else if current + 1 < run.tokens.count, let pair = Self.adjunctPairs[run.tokens[current].hash],
                pair.contains(run.tokens[current + 1].hash)
            {
                current += 2  // "at least", "on earth"
            } else {
                break
            }
        }
        return current
    }

    /// Two-word adjuncts, by their first word: "at least", "at first", "on earth", "the hell".
    static let adjunctPairs: [UInt64: Set<UInt64>] = [
        WordHash.of("at"): Set(["least", "first", "once", "all"].map(WordHash.of)),
        WordHash.of("on"): [WordHash.of("earth")],
        WordHash.of("the"): [WordHash.of("hell"), WordHash.of("heck")],
        WordHash.of("of"): [WordHash.of("course")],
    ]

    /// The subject in front of token `index`, read back over auxiliaries and adjuncts within the
    /// clause: its index when it is a person ("we", "the on-call engineer", "@dana", "Sam"),
    /// nil for a system, a thing or no subject.
    func personSubject(before index: Int, in run: ProseRun) -> Int? {
        guard run.tokens.indices.contains(index), !run.tokens[index].startsClause else { return nil }
        var current = index - 1
        while current >= 0 {
            let token = run.tokens[current]
            if subjectGap.contains(token.hash) || isLyAdverb(current, in: run) {
                if token.startsClause { return nil }
                current -= 1
                continue
            }
            guard isPerson(current, in: run), !nonPerson.contains(token.hash) else { return nil }
            return isSurelyPerson(current, in: run) || opensItsClause(current, in: run) ? current : nil
        }
        return nil
    }

    /// A pronoun, a role, an @handle or a configured name: a person whatever its place.
    private func isSurelyPerson(_ index: Int, in run: ProseRun) -> Bool {
        let token = run.tokens[index]
        return token.flags.contains(.handle) || people.contains(token.hash) || pronouns.contains(token.hash) || roles.contains(token.hash)
    }

    /// A capitalised word is a name only where a subject starts: "Sam failed to", "Sam and Kim
    /// failed to"; in "an update for MinGW and Cygwin accidentally broke" it ends a noun phrase.
    private func opensItsClause(_ index: Int, in run: ProseRun) -> Bool {
        let tokens = run.tokens
        if tokens[index].startsClause { return true }
        guard index >= 2, tokens[index - 1].hash == Self.and, isPerson(index - 2, in: run) else { return false }
        return isSurelyPerson(index - 2, in: run) || tokens[index - 2].startsClause
    }

    private static let and = WordHash.of("and")

    /// True when the verb group from `subject` to `cue` can carry an -ing cue: "we kept failing to",
    /// "I was ignoring"; without an auxiliary ("PRs failing to merge") the -ing form only
    /// describes its noun.
    func carriesProgressive(_ cue: Int, subject: Int, in run: ProseRun) -> Bool {
        let token = run.tokens[cue]
        let bytes = run.bytes[token.start..<token.end]
        guard bytes.count > 4, bytes.suffix(3).elementsEqual("ing".utf8) else { return true }
        return (subject + 1..<cue).contains { auxiliaries.contains(run.tokens[$0].hash) }
    }

    /// True for a past form or an -ing form: "failed", "forgotten", "neglecting". A present form
    /// ("we ignore these signals now", "when they fail to parse") describes behaviour, not a past act.
    func isPastOrProgressive(_ index: Int, in run: ProseRun) -> Bool {
        guard run.tokens.indices.contains(index) else { return false }
        let token = run.tokens[index]
        return isParticiple(index, in: run) || run.bytes[token.start..<token.end].suffix(3).elementsEqual("ing".utf8)
    }

    /// True when the sentence goes on to explain the cue: "because", "since", "as", "due to".
    func explainedLater(after index: Int, reach: Int = 30, in run: ProseRun) -> Bool {
        followedBy(Self.explanations.union([Self.as, Self.due]), from: index, count: reach, in: run)
    }

    static let due = WordHash.of("due")

    /// For a verb coordinated with an earlier one ("I ran the script and accidentally deleted …"):
    /// the index of the person that opens the clause, when one does, within `reach` words.
    func coordinatedSubject(before index: Int, reach: Int = 14, in run: ProseRun) -> Int? {
        var current = index - 1
        while current >= 0 && current >= index - reach {
            if run.tokens[current].startsClause {
                var subject = current
                // "The on-call engineer …": the determiner's noun is the subject.
                if Self.determiners.contains(run.tokens[subject].hash) {
                    subject += 1
                    guard subject < index, roles.contains(run.tokens[subject].hash) || pronouns.contains(run.tokens[subject].hash) else { return nil }
                }
                return isPerson(subject, in: run) && !nonPerson.contains(run.tokens[subject].hash) ? subject : nil
            }
            current -= 1
        }
        return nil
    }

    private static let lyNotAdverbs = Set(["family", "supply", "reply", "apply", "rally", "assembly", "anomaly", "bully",
                                           "belly", "jelly", "italy", "july", "butterfly", "multiply", "comply", "imply",
                                           "monopoly", "homily", "folly", "lily", "holy", "ugly", "oily", "silly", "jolly",
                                           "friendly", "elderly", "lonely", "lovely"].map(WordHash.of))

    /// True when any word of `set` occurs in tokens `from..<min(from + count, sentence end)`.
    func followedBy(_ set: Set<UInt64>, from: Int, count: Int, in run: ProseRun) -> Bool {
        var index = from
        while index < run.tokens.count && index < from + count {
            if index > from && run.tokens[index].flags.contains(.sentenceStart) { return false }
            if set.contains(run.tokens[index].hash) { return true }
            index += 1
        }
        return false
    }

    /// True when a word of `set` occurs anywhere in the sentence of token `index`, within `reach` words.
    func sentence(of index: Int, contains set: Set<UInt64>, reach: Int = 24, in run: ProseRun) -> Bool {
        var start = index
        while start > 0 && start > index - reach && !run.tokens[start].flags.contains(.sentenceStart) { start -= 1 }
        return followedBy(set, from: start, count: index - start + reach, in: run)
    }

    static let firstPerson = Set(["i", "we", "i'd", "we'd", "i've", "we've", "i'm", "we're"].map(WordHash.of))
    static let negations = Set(["not", "never", "no", "nor", "cannot", "can't", "couldn't", "wasn't", "weren't", "isn't",
                                "aren't", "don't", "doesn't", "didn't", "won't", "neither", "without", "hardly", "nobody", "noone"].map(WordHash.of))
    static let futureMarkers = Set(["will", "won't", "we'll", "i'll", "they'll", "you'll", "need", "needs", "must", "shall",
                                    "let's", "going", "plan", "ensure", "avoid", "prevent", "want"].map(WordHash.of))
    static let to = WordHash.of("to")
    static let explanations = Set(["because", "since"].map(WordHash.of))
    static let `as` = WordHash.of("as")
    static let explainedSubjects = Set(["it", "this", "that", "they", "we", "there", "the"].map(WordHash.of))
    static let conjunctions = Set(["and", "but", "or", "then", "so", "yet", "also"].map(WordHash.of))
    static let conditions = Set(["if", "unless", "whenever"].map(WordHash.of))
}

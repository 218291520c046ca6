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
                // "to open the PR": an infinitive is a plan; "to every region" is not.
                if token.hash == Self.to, index + 1 < start, !Self.determiners.contains(tokens[index + 1].hash),
                    !tokens[index + 1].flags.contains(.capitalized)
                {
                    reading.future = true
                }
                if !foundSubject && !subjectGap.contains(token.hash) && !Self.negations.contains(token.hash)
                    && !Self.determiners.contains(token.hash)
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
}

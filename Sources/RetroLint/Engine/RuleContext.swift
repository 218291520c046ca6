/// What rules share while checking: the word classes (as hash sets) and every rule's phrase
/// lists after the user's configuration was applied.
struct RuleContext: Sendable {
    var pronouns: Set<UInt64>
    var roles: Set<UInt64>
    var nonPerson: Set<UInt64>
    var adverbs: Set<UInt64>
    var auxiliaries: Set<UInt64>
    var participles: Set<UInt64>
    /// Names from the configuration (`people:`), always read as people.
    var people: Set<UInt64>
    /// Rule id → list name → phrases as word hashes.
    var lists: [String: [String: [[UInt64]]]]
    /// Rule id → list name → phrases as written (for suggestions).
    var texts: [String: [String: [String]]]
    /// Structure checks: section keys and the heading names that stand for them.
    var sections: [(key: String, names: [String])]
    /// The incident behind a customer-facing text, when the caller knows it.
    var customer: CustomerContext?
    /// Rule id → list name → its one-word phrases, built once so that rules look words up per
    /// cue without building sets.
    var wordSets: [String: [String: Set<UInt64>]] = [:]

    static let determiners = Set(["the", "a", "an", "this", "that", "our", "their", "its", "each", "every", "any", "some", "no", "his", "her", "my", "your"].map(WordHash.of))
    private static let pluralEndings: Set<UInt8> = Set("bcdfghjklmnprtvwxyz".utf8)

    func phrases(_ list: String, of rule: String) -> [[UInt64]] { lists[rule]?[list] ?? [] }

    func set(_ list: String, of rule: String) -> Set<UInt64> {
        wordSets[rule]?[list] ?? Set(phrases(list, of: rule).compactMap { $0.count == 1 ? $0[0] : nil })
    }

    /// True when one of `phrases` starts at token `index`.
    func matches(_ phrases: [[UInt64]], in run: ProseRun, at index: Int) -> Bool {
        phrases.contains { phrase in
            index + phrase.count <= run.tokens.count
                && phrase.indices.allSatisfy { run.tokens[index + $0].hash == phrase[$0] }
        }
    }

    /// True when token `index` names a person: a pronoun, a role, an @handle, a configured name,
    /// or a capitalised word that reads like a name.
    func isPerson(_ index: Int, in run: ProseRun) -> Bool {
        guard run.tokens.indices.contains(index) else { return false }
        let token = run.tokens[index]
        if token.flags.contains(.handle) || people.contains(token.hash) { return true }
        // A relative "who" stands for its noun: "the engineer who forgot" is a person, "users who
        // forgot their passwords" are not the team.
        if token.hash == Self.who, index > 0, !token.startsClause { return isPerson(index - 1, in: run) }
        if pronouns.contains(token.hash) || roles.contains(token.hash) { return true }
        return looksLikeName(index, in: run)
    }

    static let who = WordHash.of("who")

    private func looksLikeName(_ index: Int, in run: ProseRun) -> Bool {
        let token = run.tokens[index]
        guard token.flags.contains(.capitalized), !token.flags.contains(.allCaps), run.scope != .heading,
            !nonPerson.contains(token.hash)
        else { return false }
        let bytes = run.bytes[token.start..<token.end]
        // Possessives ("Sam's change") and words with digits or dashes are not subjects.
        if bytes.contains(where: { $0 == 0x27 || $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F }) { return false }
        // A capital inside the word ("PRs", "GitHub", "DBs") marks a product or an acronym, not a name.
        if bytes.dropFirst().contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return false }
        if index > 0, Self.determiners.contains(run.tokens[index - 1].hash), !token.startsClause { return false }
        if token.flags.contains(.sentenceStart) {
            let word = String(decoding: bytes, as: UTF8.self).lowercased()
            let nounEndings = ["tion", "sion", "ment", "ing", "ness", "ity", "ance", "ence", "ure", "ism", "ogy", "ics", "age", "es", "ware"]
            if nounEndings.contains(where: word.hasSuffix) { return false }
            if let last = word.utf8.last, last == 0x73, word.utf8.count > 2 {
                let before = Array(word.utf8)[word.utf8.count - 2]
                if Self.pluralEndings.contains(before) { return false }
            }
        }
        return true
    }

    /// True when the subject in front of token `index` (skipping `skipping` words, within the
    /// clause) is a person.
    func subjectIsPerson(before index: Int, in run: ProseRun, skipping: Set<UInt64>) -> Bool {
        guard run.tokens.indices.contains(index), !run.tokens[index].startsClause else { return false }
        var current = index - 1
        while current >= 0 {
            let token = run.tokens[current]
            if skipping.contains(token.hash) {
                if token.startsClause { return false }
                current -= 1
                continue
            }
            return isPerson(current, in: run)
        }
        return false
    }

    /// True when token `index` is a past participle (`-ed`, `-en` or an irregular form).
    func isParticiple(_ index: Int, in run: ProseRun) -> Bool {
        guard run.tokens.indices.contains(index) else { return false }
        let token = run.tokens[index]
        if participles.contains(token.hash) { return true }
        let bytes = run.bytes[token.start..<token.end]
        guard bytes.count > 3 else { return false }
        let last2 = (bytes[bytes.endIndex - 2] | 0x20, bytes[bytes.endIndex - 1] | 0x20)
        return last2 == (0x65, 0x64) || last2 == (0x65, 0x6E)  // "ed", "en"
    }

    /// Words that may sit between a subject and its verb (adverbs and auxiliaries), built once:
    /// rules read it per cue.
    var subjectGap: Set<UInt64> = []
}

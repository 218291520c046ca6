/// The vocabulary's phrases indexed by their first word, so a message is matched in one pass over
/// its words however long the vocabulary grows (exports can hold a million messages).
struct PhraseIndex: Sendable {
    struct Phrase: Sendable {
        var entry: Int
        var text: String
        var tokens: [String]
    }

    struct Hit {
        /// The entry's position in the vocabulary: lower wins.
        var entry: Int
        var phrase: String
        /// The word right after the phrase, in the same clause.
        var following: String?
        /// The word just before the phrase, in the same clause.
        var preceding: String?
    }

    private var byFirstWord: [String: [Phrase]] = [:]
    /// Per entry, the look-alike wordings that cancel it within a clause.
    private var unless: [[[String]]] = []
    /// Phrases whose first word ends in `*`, matched by prefix.
    private var wildcards: [Phrase] = []
    /// Each wildcard's first word without its `*`.
    private var wildcardPrefixes: [String] = []

    init(_ entries: [TimelineVocabulary.Entry]) {
        unless = entries.map { $0.unless.map(TimelineText.phraseTokens).filter { !$0.isEmpty } }
        for (index, entry) in entries.enumerated() {
            for text in entry.phrases {
                let tokens = TimelineText.phraseTokens(text)
                guard let first = tokens.first else { continue }
                let phrase = Phrase(entry: index, text: text, tokens: tokens)
                if first.hasSuffix("*") {
                    wildcards.append(phrase)
                    wildcardPrefixes.append(String(first.dropLast()))
                } else {
                    byFirstWord[first, default: []].append(phrase)
                }
            }
        }
    }

    /// Every phrase found in the clauses, except those right after a negation in the same clause
    /// and those whose clause holds one of their entry's look-alikes.
    func hits(in clauses: [[String]], negations: Set<String>) -> [Hit] {
        var hits: [Hit] = []
        for clause in clauses {
            for (start, word) in clause.enumerated() {
                func consider(_ phrase: Phrase) {
                    guard Self.matches(phrase.tokens, clause, at: start),
                          !clause[max(0, start - 2)..<start].contains(where: negations.contains),
                          !unless[phrase.entry].contains(where: { lookalike in Self.occurs(lookalike, in: clause) }) else { return }
                    let end = start + phrase.tokens.count
                    hits.append(Hit(
                        entry: phrase.entry, phrase: phrase.text, following: end < clause.count ? clause[end] : nil,
                        preceding: start > 0 ? clause[start - 1] : nil))
                }
                byFirstWord[word]?.forEach(consider)
                // Equal bytes are needed for a Character prefix, and most words fail on the first byte.
                for (phrase, prefix) in zip(wildcards, wildcardPrefixes)
                where word.utf8.starts(with: prefix.utf8) && word.hasPrefix(prefix) {
                    consider(phrase)
                }
            }
        }
        return hits
    }

    private static func occurs(_ phrase: [String], in tokens: [String]) -> Bool {
        tokens.indices.contains { matches(phrase, tokens, at: $0) }
    }

    private static func matches(_ phrase: [String], _ tokens: [String], at start: Int) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        for (offset, want) in phrase.enumerated() {
            let have = tokens[start + offset]
            if want.hasSuffix("*") {
                guard have.hasPrefix(want.dropLast()) else { return false }
            } else if have != want {
                return false
            }
        }
        return true
    }
}

import Foundation

/// A message's text cut into sentences, clauses and lower-case word tokens, for phrase matching.
///
/// Apostrophes are dropped ("I’m" and "Im" both read `im`), so vocabulary phrases need no variants
/// for them. A sentence is a question when it ends with `?` or opens like one ("should we …").
struct TimelineText {
    struct Sentence {
        var clauses: [[String]]
        var endsWithQuestionMark: Bool
        var tokens: [String] { clauses.flatMap { $0 } }

        /// Same as `tokens.starts(with: words)`, without joining the clauses.
        func starts(with words: [String]) -> Bool {
            var index = 0
            for clause in clauses {
                for token in clause {
                    if index == words.count { return true }
                    if token != words[index] { return false }
                    index += 1
                }
            }
            return index == words.count
        }
    }

    let sentences: [Sentence]

    init(_ text: String) {
        sentences = Self.utf8Sentences(text)
    }

    /// The sentences of any text, scalar by scalar: the rules `utf8Sentences` follows on bytes,
    /// kept as the plain statement of them that the tests compare it with.
    static func scalarSentences(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var clauses: [[String]] = []
        var clause: [String] = []
        var word = String.UnicodeScalarView()
        let scalars = Array(text.lowercased().unicodeScalars)
        func endWord() {
            guard !word.isEmpty else { return }
            var start = word.startIndex, end = word.endIndex
            while start < end, TimelineText.edgePunctuation.contains(word[start]) { start = word.index(after: start) }
            while end > start, TimelineText.edgePunctuation.contains(word[word.index(before: end)]) { end = word.index(before: end) }
            if start < end { clause.append(String(String.UnicodeScalarView(word[start..<end]))) }
            word = String.UnicodeScalarView()
        }
        func endClause() {
            endWord()
            if !clause.isEmpty { clauses.append(clause) }
            clause = []
        }
        func endSentence(question: Bool) {
            endClause()
            if !clauses.isEmpty { sentences.append(Sentence(clauses: clauses, endsWithQuestionMark: question)) }
            clauses = []
        }
        for (i, scalar) in scalars.enumerated() {
            let nextIsSpace = i + 1 < scalars.count ? Self.isWhitespace(scalars[i + 1]) : true
            switch scalar {
            case "'", "\u{2019}", "\u{2018}": continue
            case "?": endSentence(question: true)
            case "!", "\n": endSentence(question: false)
            case "." where nextIsSpace: endSentence(question: false)
            case "," where nextIsSpace: endClause()
            case ":" where nextIsSpace: endClause()
            case ";", "(", ")", "\u{2014}": endClause()
            default:
                if Self.isWhitespace(scalar) { endWord() } else { word.append(scalar) }
            }
        }
        endSentence(question: false)
        return sentences
    }

    /// Splits a vocabulary phrase into tokens as a message would be; a trailing `*` is kept.
    static func phraseTokens(_ phrase: String) -> [String] {
        phrase.lowercased().filter { $0 != "'" && $0 != "\u{2019}" && $0 != "\u{2018}" }.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// `scalar.properties.isWhitespace`, without the table lookup for ASCII.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static let edgePunctuation: Set<Unicode.Scalar> = Set("\"“”‘’`*_~<>[]{}@#.,…".unicodeScalars)
}

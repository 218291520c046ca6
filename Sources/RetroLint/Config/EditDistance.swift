/// Did-you-mean for configuration keys and rule ids.
enum EditDistance {
    /// Levenshtein distance between `a` and `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The closest candidate within a third of the word's length, if any.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, between(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// "Did you mean 'x'?" or a list of the valid values.
    static func hint(for word: String, among candidates: [String]) -> String {
        if let best = suggestion(for: word, among: candidates) { return "did you mean '\(best)'?" }
        return "expected one of: " + candidates.map { "'\($0)'" }.joined(separator: ", ")
    }
}

import Foundation

/// Small text tools for the generated narrative: fitting texts from the incident file into
/// sentences without changing what they say.
struct NarrativeText {
    /// Capitalised words that appear mid-sentence somewhere in the file's texts: proper nouns
    /// such as 'Mumbai', which keep their capital when a text is put after a colon.
    let properNouns: Set<String>
    /// Names and first names of the people in the file; texts that hold one are left out.
    let names: [String]

    init(texts: [String], names: [String]) {
        var nouns: Set<String> = []
        for text in texts {
            let words = text.split(whereSeparator: \.isWhitespace)
            for (i, word) in words.enumerated() where i > 0 {
                let previous = words[i - 1]
                guard let first = word.first, first.isUppercase, !(previous.last.map { ".!?:".contains($0) } ?? false) else { continue }
                nouns.insert(Self.bare(word))
            }
        }
        properNouns = nouns
        self.names = names.flatMap { name in [name] + (name.split(separator: " ").first.map { [String($0)] } ?? []) }.filter { $0.count > 2 }
    }

    /// The word without surrounding punctuation.
    static func bare<S: StringProtocol>(_ word: S) -> String {
        String(word).trimmingCharacters(in: .punctuationCharacters)
    }

    /// True when the text names a person of the incident file.
    func namesSomeone(_ text: String) -> Bool {
        let words = Set(text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        return names.contains { name in name.contains(" ") ? text.contains(name) : words.contains(name) }
    }

    /// Lower-cases the first letter, unless the first word is an acronym, holds digits or capitals
    /// inside, or is a proper noun of this file.
    func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.prefix { !$0.isWhitespace }
        if word.count > 1, word.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return text }
        if properNouns.contains(Self.bare(word)) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// An event's text to follow a colon in the story: lower-cased and closed with a period, or,
    /// when it holds a colon of its own, quoted as written so two colons do not run together.
    func afterColon(_ text: String) -> String {
        let t = Self.sentence(text)
        return t.contains(": ") ? "“\(t)”" : lowerFirst(t)
    }

    /// The text as the end of a sentence: trimmed, with exactly one closing period (or ? or !).
    static func sentence(_ text: String) -> String {
        let t = trimPeriod(text)
        return t.hasSuffix("?") || t.hasSuffix("!") ? t : t + "."
    }

    static func trimPeriod(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// "First hypothesis: the processor…" → "the processor…".
    static func withoutLabel(_ text: String) -> String {
        let labels = ["first hypothesis:", "working hypothesis:", "new hypothesis:", "hypothesis:", "decision:", "action:"]
        let lower = text.lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return text }
        return String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
    }

    /// `one` … `ten`, then digits.
    static func count(_ n: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n < words.count ? words[n] : String(n)
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// Whole numbers of five or more digits with thousands separators: 112480 → 112,480.
    static func grouped(_ text: String) -> String {
        text.replacing(/\b\d{5,}\b/) { match in thousands(String(match.output)) }
    }

    /// A run of digits with a comma every three from the right: "33860" → "33,860".
    static func thousands(_ digits: String) -> String {
        var digits = digits
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}

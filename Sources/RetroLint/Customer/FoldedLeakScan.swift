import Foundation
import RetroModel

/// The leak scan on folded text (see `FoldedText`): finds what the plain scan misses because it
/// is disguised, and a few shapes the plain scan does not look for at all: surnames alone,
/// e-mail addresses written out (`dana at example dot com`) and chat or internal links without
/// their `https://`.
struct FoldedLeakScan {
    /// A span in the original text, by UTF-8 offsets.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var kind: SensitiveKind
    }

    private let scanner: SensitiveScanner
    private let separated: SensitiveScanner
    // Each scan compiles its own expressions, as `SensitiveScanner` does: corelibs Foundation's
    // NSRegularExpression is not safe to match from two threads at once.
    private let spelledEmail = Self.spelledEmailExpression()
    private let schemeless = Self.schemelessExpression()

    init(vocabulary: SensitiveVocabulary) {
        scanner = SensitiveScanner(vocabulary: Self.folded(vocabulary, separators: false))
        separated = SensitiveScanner(vocabulary: Self.folded(vocabulary, separators: true))
    }

    /// Every span found in the folded forms of `text`, mapped back to `text`; they may overlap.
    func spans(in text: String) -> [Span] {
        let folded = FoldedText(text, markdown: true)
        // Text that folding leaves as it is was scanned already, except for the names it adds.
        let kinds: Set<SensitiveKind> = folded.text == text ? [.person] : Set(SensitiveKind.allCases)
        var result = scanner.scan(folded.text, kinds: kinds).map { span(folded, $0.range, $0.kind) }
        let skeleton = FoldedText(text, separators: true, markdown: true)
        result += separated.scan(skeleton.text, kinds: [.person, .internalTerm]).map { span(skeleton, $0.range, $0.kind) }
        let ns = folded.text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        for match in Self.mayHoldSpelledEmail(folded.text) ? spelledEmail.matches(in: folded.text, range: whole) : [] {
            if let range = Range(match.range, in: folded.text) { result.append(span(folded, range, .email)) }
        }
        for match in schemeless.matches(in: folded.text, range: whole) {
            guard let range = Range(match.range, in: folded.text) else { continue }
            let url = "https://" + folded.text[range]
            if let kind = scanner.scan(url, kinds: [.chatPermalink, .internalURL, .credentialURL]).first?.kind {
                result.append(span(folded, range, kind))
            }
        }
        return result
    }

    private func span(_ folded: FoldedText, _ range: Range<String.Index>, _ kind: SensitiveKind) -> Span {
        let start = folded.text.utf8.distance(from: folded.text.startIndex, to: range.lowerBound)
        let end = folded.text.utf8.distance(from: folded.text.startIndex, to: range.upperBound)
        let original = folded.originalRange(start..<max(end, start + 1))
        return Span(start: original.lowerBound, end: original.upperBound, kind: kind)
    }

    /// The vocabulary folded like the text, with each multi-word name's given name and surname.
    static func folded(_ vocabulary: SensitiveVocabulary, separators: Bool) -> SensitiveVocabulary {
        func fold(_ words: [String]) -> [String] { words.map { FoldedText.fold($0, separators: separators) }.filter { !$0.isEmpty } }
        var people: [String] = []
        for name in fold(vocabulary.people) {
            people.append(name)
            let words = name.split(separator: " ")
            guard words.count >= 2 else { continue }
            for word in [words[0], words[words.count - 1]] where word.count >= 2 && word.first?.isUppercase == true {
                people.append(String(word))
            }
        }
        let names = vocabulary.internalNames
        return SensitiveVocabulary(
            internalNames: InternalNames(domains: fold(names.domains), hosts: fold(names.hosts), names: fold(names.names)),
            people: Array(Set(people)).sorted(), ticketKeys: fold(vocabulary.ticketKeys))
    }

    /// `dana at example dot com`, `dana [at] example [dot] com`, `dana(at)example.com`: an address
    /// written out so that it does not look like one. A plain " at " needs a spelled-out " dot ".
    static func spelledEmailExpression() -> NSRegularExpression {
        let at = #"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"#
        let dot = #"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)"#
        let bracketedAt = #"\s*[\[({<]\s*at\s*[\])}>]\s*"#
        let pattern = #"(?i)(?<![\w.+-])[\w.+-]+(?:"# + at + #"[\w-]+(?:\.[\w-]+)*(?:"# + dot + #"[\w-]+)+|"# + bracketedAt
            + #"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![\w-])"#
        // A constant pattern: the leak tests compile and use it.
        return try! NSRegularExpression(pattern: pattern)
    }

    /// False when `text` cannot hold a spelled-out address: it needs " dot " or a bracketed "at".
    static func mayHoldSpelledEmail(_ text: String) -> Bool {
        ["dot", "at]", "at)", "at}", "at>", "at ]", "at )"].contains { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    /// A host with a path and no scheme (`acme.slack.com/archives/C1/p2`, `wiki.corp/x`).
    static func schemelessExpression() -> NSRegularExpression {
        try! NSRegularExpression(pattern: #"(?<![\w@./:\\-])(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]{2,}(?::\d{1,5})?/[^\s<>"'`)\]]*"#)
    }
}

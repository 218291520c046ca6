import Foundation
import Testing
@testable import RetroAssemble

/// The byte-level paths added for speed must give exactly what the scalar-level code gives.
@Suite struct TimelineFastPathTests {
    static let inputs = [
        "Rolled back payments-api; error ratio is down.", "Should we fail over? I'm not sure.", "it's 'quoted' and \"double\"",
        "e.g. v1.2 works, but... no.", "(aside) ends; next: item", "*bold* _under_ ~strike~ <@U1> [link] {x} #chan @here",
        "tabs\tand\nnew lines\r\nCRLF", "fire 🔥 is fine! done?", "🔥🔥", "ÉCOLE café", "dash — and “quotes” and ’apostrophe’", "",
        "   ", "...", "a,b, c ,d",
    ]

    /// Non-ASCII texts take the byte path too: letters that lower-case to other bytes (É, İ, Σ),
    /// spaces outside ASCII, curly quotes at a word's edge, the dash, and text in other scripts.
    static let wide = [
        "İstanbul DİKKAT ΣΊΣΥΦΟΣ", "no\u{A0}break.\u{A0}next", "ideographic\u{3000}space, ok:\u{2003}yes", "“quoted”… and ‘single’",
        "ends with …", "日本語のテキスト。再起動しました", "Ärger: Übergang — fertig?", "e\u{301}cole vs \u{E9}cole", "x.\u{2028}y",
        "mixed 🔥É😀ß", "…“”", "a—b—c",
    ]

    @Test(arguments: inputs + wide) func sentencesMatchTheScalarPath(_ text: String) {
        let fast = TimelineText.utf8Sentences(text)
        #expect(fast.map(\.clauses) == TimelineText.scalarSentences(text).map(\.clauses))
        #expect(fast.map(\.endsWithQuestionMark) == TimelineText.scalarSentences(text).map(\.endsWithQuestionMark))
    }

    /// Every scalar from a spread of planes, alone and between words, reads the same both ways.
    @Test func everyKindOfScalarMatchesTheScalarPath() {
        var mismatches: [String] = []
        for value in stride(from: 0x80, to: 0x30000, by: 7) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ab\(Character(scalar))Cd. x\(Character(scalar)) \(Character(scalar))"
            if TimelineText.utf8Sentences(text).map(\.clauses) != TimelineText.scalarSentences(text).map(\.clauses) {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "scalars read differently: \(mismatches.prefix(20))")
    }

    @Test(arguments: inputs + wide + ["@ana, @ben: look", "cc @Sam K\u{3000}@lee", "mail@example.com @ @@x", "é@x @é\u{A0}@y:z"])
    func mentionsAndWordCountsMatchTheCharacterSplit(_ text: String) {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" })
        #expect(ChatWords.mentions(in: text) == words.filter { $0.hasPrefix("@") })
        let count = text.split(whereSeparator: \.isWhitespace).count
        for minimum in [1, 2, 5] {
            #expect(ChatWords.count(in: text, atLeast: minimum) == (count >= minimum))
        }
    }

    @Test(arguments: ["  name  ", "\tTab\t", "none", "", "   ", "\u{A0}nbsp\u{A0}", "\u{200B}zw\u{3000}", " 🔥 "])
    func trimMatchesFoundation(_ text: String) {
        #expect(WhitespaceTrim.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
    }
}

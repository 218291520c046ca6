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

    @Test(arguments: inputs) func sentencesMatchTheScalarPath(_ text: String) {
        let fast = TimelineText.asciiSentences(text)
        if let fast {
            #expect(fast.map(\.clauses) == TimelineText.scalarSentences(text).map(\.clauses))
            #expect(fast.map(\.endsWithQuestionMark) == TimelineText.scalarSentences(text).map(\.endsWithQuestionMark))
        }
        #expect((fast == nil) == text.unicodeScalars.contains { $0.value >= 0x80 && !(0x1F000...0x1FFFF).contains($0.value) })
    }

    @Test(arguments: ["  name  ", "\tTab\t", "none", "", "   ", "\u{A0}nbsp\u{A0}", "\u{200B}zw\u{3000}", " 🔥 "])
    func trimMatchesFoundation(_ text: String) {
        #expect(WhitespaceTrim.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
    }
}

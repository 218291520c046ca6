import Foundation
import RetroModel
import Testing

@testable import RetroCLI

/// The pieces that keep printed input inert: the one-line form of a value, JSON strings and CSV cells.
@Suite struct PrintedValueTests {
    /// The byte prefilter agrees with the scalar test on every scalar of the first planes, alone and
    /// between other text, so the fast path never lets an unsafe character through.
    @Test func bytePrefilterAgreesWithTheScalarTest() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a—“" + String(Character(scalar)) + "”©z"
            let unsafe = TerminalText.isUnsafe(scalar)
            #expect(TerminalText.mayBeUnsafe(text, keepLineBreaks: false) == unsafe, "U+\(String(value, radix: 16))")
            let kept = scalar == "\n" || scalar == "\t"
            #expect(TerminalText.mayBeUnsafe(text, keepLineBreaks: true) == (unsafe && !kept), "U+\(String(value, radix: 16)) keeping line breaks")
        }
    }

    @Test(arguments: [
        ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), ("\u{1B}[2J", "\\e[2J"), ("\u{1B}]8;;http://x\u{1B}\\", "\\e]8;;http://x\\e\\"),
        ("bell\u{07}", "bell\\u{7}"), ("\u{202E}txt", "\\u{202E}txt"), ("c1 \u{9B}31m", "c1 \\u{9B}31m"), ("del\u{7F}", "del\\u{7F}"),
        ("Zoë 🔥 plain", "Zoë 🔥 plain"),
    ])
    func valuesAreOneVisibleLine(_ input: String, _ expected: String) {
        #expect(TerminalText.value(input) == expected)
    }

    @Test func outputKeepsLineBreaksAndTabs() {
        #expect(TerminalText.output("one\ttwo\nthree\r\u{1B}[0m") == "one\ttwo\nthree\\r\\e[0m")
    }

    /// Printed JSON is valid, means the same, and holds no raw control or bidi character.
    @Test(arguments: ["\u{1B}[31mred", "bidi \u{202E}evil\u{2066}", "c1 \u{85}\u{9B}", "del \u{7F}", "ümlaut 🔥 €"])
    func jsonEscapesControlsAndBidi(_ text: String) throws {
        let json = JSONValue.object([("k", .string(text))]).serialized(pretty: false)
        #expect(!json.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(json)")
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(back?["k"] == text)
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\\t=1+1"), ("\r=1+1", "'\\r=1+1"), ("\u{200D}=HYPERLINK(1)", "'\u{200D}=HYPERLINK(1)"),
        ("\u{2060}+1", "'\u{2060}+1"), ("  =1", "'  =1"), ("\u{FF1D}1+1", "'\u{FF1D}1+1"),
        ("plain", "plain"), ("a,b", "\"a,b\""), ("two\nlines", "two\\nlines"),
    ])
    func csvCellsCannotRunAsFormulas(_ input: String, _ expected: String) {
        #expect(FollowUpRow.csvField(input) == expected)
    }
}

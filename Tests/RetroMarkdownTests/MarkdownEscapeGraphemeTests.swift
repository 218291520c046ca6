import Testing

@testable import RetroMarkdown

/// Escaping drops invisible scalars, never the letters or emoji they stand inside.
@Suite struct MarkdownEscapeGraphemeTests {
    @Test(arguments: [
        "Dana 👩‍💻 joined",  // woman technologist: U+1F469 U+200D U+1F4BB
        "Pride 🏳️‍🌈 flag",  // U+1F3F3 U+FE0F U+200D U+1F308
        "family 👨‍👩‍👧 and 👍🏽",
        "می‌خواهم",  // Persian "I want", with a zero-width non-joiner after ی
        "क्‍ष and क्ष",  // Devanagari ka + virama + ZWJ + ssa (half form), and the plain conjunct
        "ශ්‍රී ලංකා",  // Sinhala "Sri" needs the ZWJ
    ])
    func joinersInsideWritingSurvive(text: String) {
        #expect(MarkdownEscape.inline(text) == text)
        #expect(MarkdownEscape.codeSpan(text) == "`\(text)`")
        #expect(CMark.renderHTML(MarkdownEscape.inline(text) + "\n") == "<p>\(text)</p>\n")
    }

    @Test(arguments: [
        ("Da\u{200D}na", "Dana"),  // a joiner between Latin letters only hides itself
        ("Da\u{200C}na", "Dana"),
        ("pay\u{200B}ments", "payments"),
        ("\u{202E}evil\u{202C}", "evil"),
        ("\u{200D}👍", "👍"),
        ("x\u{0007}y\u{FEFF}", "xy"),
        ("é\u{200D}", "é"),
    ])
    func invisibleScalarsAreDropped(text: String, expected: String) {
        #expect(MarkdownEscape.inline(text) == expected)
        #expect(MarkdownEscape.codeSpan(text) == "`\(expected)`")
    }
}

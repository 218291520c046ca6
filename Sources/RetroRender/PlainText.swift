import RetroModel

/// Text from input for places that show it as it is, without Markdown: the page's `<title>` and
/// `<h1>`, and SVG text. Mustache escapes it for HTML, but controls and bidi overrides would still
/// reach the reader's tab title and heading: escape sequences, BEL and U+202E are dropped here,
/// and line breaks and tabs become spaces.
enum PlainText {
    static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: TerminalText.isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(" ")
            } else if !TerminalText.isUnsafe(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Text from input made safe to print on a terminal or into a CI log.
///
/// Chat messages, alert summaries, author names, incident fields and file names can hold escape
/// sequences (CSI colours, OSC 0 window titles, OSC 8 links), BEL, carriage returns that overwrite
/// a line, bidirectional controls that reorder it, and line breaks that start a line of their own
/// (`::error file=…::`, `::add-mask::` in a GitHub Actions log). Each is replaced by a visible
/// escape (`\e`, `\r`, `\n`, `\u{202E}`), so what was there can still be read and nothing acts.
public enum TerminalText {
    /// `text` as one line: every control, line break and bidi control replaced by a visible escape.
    public static func value(_ text: String) -> String {
        neutralised(text, keepLineBreaks: false)
    }

    /// `text` with its line breaks and tabs kept and every other control replaced, for output
    /// that is several lines on purpose (the values in it should already be `value`s).
    public static func output(_ text: String) -> String {
        neutralised(text, keepLineBreaks: true)
    }

    /// True when `scalar` would act on a terminal or a log instead of showing as a character.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || bidiControls.contains(v) || v == 0x2028 || v == 0x2029
    }

    /// False when no byte of `text`'s UTF-8 can start an unsafe scalar: most output (a whole JSON
    /// document, a table of times) is checked this way without decoding it. The encodings are those
    /// of C0 and DEL, C1 (`C2 80`–`C2 9F`), U+061C (`D8 9C`), U+200E/F (`E2 80 8E`/`8F`), U+2028–202E
    /// (`E2 80 A8`–`AE`) and U+2066–2069 (`E2 81 A6`–`A9`).
    public static func mayBeUnsafe(_ text: String, keepLineBreaks: Bool) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 {
                    if !(keepLineBreaks && (b == 0x0A || b == 0x09)) { return true }
                } else if b == 0x7F {
                    return true
                } else if b >= 0xC2, i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    switch b {
                    case 0xC2: if next <= 0x9F { return true }
                    case 0xD8: if next == 0x9C { return true }
                    case 0xE2 where i + 2 < bytes.count:
                        let last = bytes[i + 2]
                        if next == 0x80, last == 0x8E || last == 0x8F || (0xA8...0xAE).contains(last) { return true }
                        if next == 0x81, (0xA6...0xA9).contains(last) { return true }
                    default: break
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// Bidirectional formatting characters (the "Trojan Source" set) and the marks.
    static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    private static func neutralised(_ text: String, keepLineBreaks: Bool) -> String {
        guard mayBeUnsafe(text, keepLineBreaks: keepLineBreaks) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            if keepLineBreaks, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
                continue
            }
            let shown: String = switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{1B}": "\\e"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }
}

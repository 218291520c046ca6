import Foundation

/// Escaping of untrusted text (chat messages, incident fields) for Markdown, so that it reads as
/// the same words and can never open structure: no links, images, HTML, headings, lists or tables.
public enum MarkdownEscape {
    /// Characters escaped wherever they stand: they open or close inline structure.
    private static let always: Set<Character> = ["\\", "`", "*", "[", "]", "<", ">", "|", "~"]

    /// Escapes `text` for use inside a paragraph, list item or table cell, so that it reads as the
    /// same words and opens no structure: no links, images, HTML, emphasis, code, lists or headings.
    /// Newlines become spaces so a value cannot start a new block; invisible formatting characters
    /// (bidirectional overrides, zero-width marks, controls) are dropped. Escapes are kept to what
    /// is needed, so that the Markdown stays readable in a diff.
    public static func inline(_ text: String) -> String {
        inlineASCII(text) ?? inlineByCharacter(text)
    }

    /// `inline` on Characters, for any text (the byte path covers ASCII and emoji).
    static func inlineByCharacter(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        for (i, raw) in chars.enumerated() {
            guard let ch = visible(raw) else { continue }
            if atStart, ch == " " { continue }
            let prev: Character? = i > 0 ? chars[i - 1] : nil
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if always.contains(ch) {
                out.append("\\")
            } else if ch == "_" {
                // Intraword underscores (snake_case) never open emphasis.
                if !(prev.map(isWordChar) == true && next.map(isWordChar) == true) { out.append("\\") }
            } else if ch == "&" {
                if looksLikeEntity(chars, from: i) { out.append("\\") }
            } else if atStart, "#-+=>".contains(ch) {
                out.append("\\")
            } else if ch == ":", next == "/", i + 2 < chars.count, chars[i + 2] == "/" {
                out.append("\\")
            } else if ch == ".", prev == "w", i >= 3, String(chars[(i - 3)..<i]).lowercased() == "www" {
                out.append("\\")
            } else if (ch == "." || ch == ")"), isLeadingNumber(chars, upTo: i), next == nil || next == " " {
                out.append("\\")
            }
            out.append(ch)
            atStart = false
        }
        return out
    }

    private static func isWordChar(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// `&amp;`, `&#39;`, `&#x27;`: would be decoded as a character reference.
    private static func looksLikeEntity(_ chars: [Character], from i: Int) -> Bool {
        var j = i + 1
        var count = 0
        while j < chars.count, count < 32, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" {
            j += 1
            count += 1
        }
        return count > 0 && j < chars.count && chars[j] == ";"
    }

    /// True when everything before `i` is digits (so `1.` or `1)` could start an ordered list).
    private static func isLeadingNumber(_ chars: [Character], upTo i: Int) -> Bool {
        guard i > 0, i <= 9 else { return false }
        var k = 0
        while k < i, chars[k] == " " { k += 1 }
        return k < i && chars[k..<i].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `text` as an inline code span, with a fence longer than any backtick run inside it.
    public static func codeSpan(_ text: String) -> String {
        let flat = String(text.compactMap { $0 == "\t" ? "\t" : visible($0) })
        var longest = 0, run = 0
        for ch in flat {
            run = ch == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Escapes multi-line text that should keep its paragraphs (a description), each line escaped.
    public static func block(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : inline(String(line)) }
            .joined(separator: "\n")
    }

    /// `ch` without the scalars that change how text reads without showing themselves
    /// (bidirectional controls, zero-width spaces, C0/C1 controls); nil when nothing visible is
    /// left. Line breaks and tabs become a space. Only those scalars go, never the whole grapheme:
    /// 👩‍💻 and 🏳️‍🌈 are joined by U+200D, and Persian and Indic words need U+200C/U+200D.
    static func visible(_ ch: Character) -> Character? {
        if ch == "\n" || ch == "\r" || ch == "\t" || ch == "\r\n" { return " " }
        let scalars = ch.unicodeScalars
        guard scalars.contains(where: isInvisible) else { return ch }
        var kept = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if scalar.value == 0x200C || scalar.value == 0x200D {
                if let previous, joins(after: previous) { kept.append(scalar) }
            } else if !isInvisible(scalar) {
                kept.append(scalar)
            }
            previous = scalar
        }
        // Only joiners (grapheme extenders) can stand inside a grapheme with other scalars; every
        // other invisible scalar is a grapheme of its own. So what is left is one grapheme or none.
        let text = String(kept)
        return text.count == 1 ? Character(text) : nil
    }

    /// True when a joiner after `scalar` is part of the writing: after an emoji (👩‍💻), or after a
    /// letter or mark of a script that joins (Arabic, Persian, Indic, …). After a Latin, Greek or
    /// Cyrillic letter it only hides itself inside a word, and is dropped.
    private static func joins(after scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) { return true }  // emoji presentation, skin tones
        if scalar.properties.isEmoji && value > 0x2000 { return true }
        guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark else { return false }
        return value >= 0x0590 && !(0x1D00...0x1EFF).contains(value) && !(0xFF00...0xFFEF).contains(value)
    }

    /// Bidirectional controls, zero-width characters and C0/C1 controls.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}

import Foundation

/// Escaping of untrusted text (chat messages, incident fields) for Markdown, so that it reads as
/// the same words and can never open structure: no links, images, HTML, headings, lists or tables.
public enum MarkdownEscape {
    /// Characters that start or end Markdown constructs inline.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", "!", "|", "~", "&", "$", "=", ":", "\""]

    /// Escapes `text` for use inside a paragraph or list item. Newlines become spaces so that a
    /// value cannot start a new block; control and invisible formatting characters are dropped.
    public static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for ch in text.replacingOccurrences(of: "\r\n", with: "\n") {
            if ch == "\n" || ch == "\r" || ch == "\t" {
                out.append(" ")
            } else if isInvisible(ch) {
                continue
            } else if special.contains(ch) {
                if ch == ":" || ch == "\"" || ch == "=" || ch == "$" {
                    // Harmless alone; escaped only to stop autolinks (`javascript:`) and keep templates inert.
                    out.append(ch == ":" ? "\\:" : String(ch))
                } else {
                    out.append("\\")
                    out.append(ch)
                }
            } else {
                out.append(ch)
            }
        }
        return breakAutolinks(out)
    }

    /// Escapes `text` for a table cell: as `inline`, with pipes escaped too (they already are).
    public static func tableCell(_ text: String) -> String { inline(text) }

    /// Escapes multi-line text that should keep its paragraphs (a description), each line escaped.
    public static func block(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : inline(String(line)) }
            .joined(separator: "\n")
    }

    /// GFM's extended autolinks need no `<…>` (`www.x.com`, `http://…`): a zero-width escape is not
    /// possible, so the dot after `www` and the `//` after a scheme are escaped instead.
    private static func breakAutolinks(_ text: String) -> String {
        guard text.contains("www.") || text.contains("://") || text.contains("@") else { return text }
        var result = text.replacingOccurrences(of: "www.", with: "www\\.")
        result = result.replacingOccurrences(of: "\\://", with: "\\:/\\/")
        result = result.replacingOccurrences(of: "@", with: "\\@")
        return result
    }

    /// Bidirectional overrides, zero-width characters and C0/C1 controls: they change how text reads
    /// without showing themselves.
    private static func isInvisible(_ ch: Character) -> Bool {
        for scalar in ch.unicodeScalars {
            switch scalar.value {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: return true
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
            default: continue
            }
        }
        return false
    }
}

import Foundation

/// The line operations of `Renderer.tidy`, on UTF-8 bytes where the text allows it.
///
/// Each gives the same result as the Foundation call it replaces (noted on each), which costs a
/// bridge to UTF-16 per line: seconds on a retrospective of a hundred thousand messages.
enum TidyLines {
    /// Same as `text.split(separator: "\n", omittingEmptySubsequences: false)`: a `\r\n` pair is
    /// one Character, so a `\n` right after `\r` does not split.
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A, previous != 0x0D {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }

    /// Same as `line.trimmingCharacters(in: .whitespaces).isEmpty`.
    static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 where byte != 0x20 && byte != 0x09 {
            guard byte >= 0x80 else { return false }
            return line.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) }
        }
        return true
    }

    /// Same as replacing the regular expression `[ \t]+$` with nothing. ICU's `$` also matches
    /// before a line terminator that ends the text, so lines holding one keep the regex.
    static func trimmingTrailingSpace(_ line: Substring) -> Substring {
        let bytes = line.utf8
        if hasLineTerminator(bytes) {
            return Substring(line.replacingOccurrences(of: #"[ \t]+$"#, with: "", options: .regularExpression))
        }
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return line[..<end]
    }

    /// CR, LF, NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029).
    private static func hasLineTerminator(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D || byte == 0x0A { return true }
            if byte == 0xC2 || byte == 0xE2 {
                let rest = bytes[index...]
                if rest.starts(with: [0xC2, 0x85]) || rest.starts(with: [0xE2, 0x80, 0xA8]) || rest.starts(with: [0xE2, 0x80, 0xA9]) { return true }
            }
            index = bytes.index(after: index)
        }
        return false
    }
}

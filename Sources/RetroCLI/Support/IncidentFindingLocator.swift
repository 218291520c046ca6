import Foundation
import RetroModel

/// Moves a lint finding on a generated document back to the incident file, when the flagged text
/// was written there: the user edits `incident.yaml`, not `retro-out/retrospective.md`.
///
/// The flagged phrase is looked up in the incident file's text together with the words around it
/// on the generated line, with every run of whitespace (YAML indentation, folded lines) counted as
/// one space. A phrase the file does not hold with that context (chat, derived text) stays where it is.
struct IncidentFindingLocator {
    /// The incident file's text with whitespace runs folded to one space, and for each of its
    /// Unicode scalars the (line, column) it came from.
    private let folded: [Unicode.Scalar]
    private let lowered: [Unicode.Scalar]
    private let origin: [(line: Int, column: Int)]
    let path: String

    init(text: String, path: String) {
        self.path = path
        var folded: [Unicode.Scalar] = [], origin: [(Int, Int)] = []
        var line = 1, column = 1, inSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace, !folded.isEmpty {
                    folded.append(" ")
                    origin.append((line, column))
                }
                inSpace = true
            } else {
                folded.append(scalar)
                origin.append((line, column))
                inSpace = false
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.folded = folded
        lowered = folded.map { Self.lower($0) }
        self.origin = origin
    }

    /// `findings` on `markdown`, each moved to the incident file where its text was written there.
    func relocate(_ findings: [Diagnostic], markdown: String) -> [Diagnostic] {
        guard !findings.isEmpty else { return findings }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return findings.map { finding in
            guard finding.line >= 1, finding.line <= lines.count, let at = locate(finding, line: String(lines[finding.line - 1])) else { return finding }
            var moved = finding
            moved.message += " (shown in \(finding.path):\(finding.line))"
            moved.path = path
            (moved.line, moved.column, moved.endLine, moved.endColumn) = (at.line, at.column, at.endLine, at.endColumn)
            return moved
        }
    }

    private func locate(_ finding: Diagnostic, line: String) -> (line: Int, column: Int, endLine: Int, endColumn: Int)? {
        let match = Array(finding.match.unicodeScalars).map(Self.lower)
        guard !match.isEmpty else { return nil }
        let text = Self.unescaped(line).map(Self.lower)
        guard let start = Self.occurrence(of: match, in: text, near: finding.column - 1) else { return nil }
        // The plain-text run around the phrase on its line: Markdown's table pipes and emphasis end it.
        var left = start, right = start + match.count
        while left > 0, !"|*".unicodeScalars.contains(text[left - 1]) { left -= 1 }
        while right < text.count, !"|*".unicodeScalars.contains(text[right]) { right += 1 }
        for words in [Int.max, 4, 2, 1] {
            let from = Self.back(text, from: start, words: words, limit: left)
            let to = Self.forward(text, from: start + match.count, words: words, limit: right)
            let context = Array(text[from..<to]).trimmed
            // A bare phrase is trusted only when it is all the run holds (a table cell of its own).
            if context.count == match.count, words != Int.max { break }
            guard let hit = unique(context) else { continue }
            let offset = hit + (context.firstIndex(of: match) ?? 0)
            guard offset + match.count <= origin.count else { return nil }
            let first = origin[offset], last = origin[offset + match.count - 1]
            return (first.line, first.column, last.line, last.column)
        }
        return nil
    }

    /// Where `needle` starts in the folded file, when it occurs there exactly once.
    private func unique(_ needle: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= lowered.count else { return nil }
        var found: Int?
        var i = 0
        while let hit = Self.index(of: needle, in: lowered, from: i) {
            if found != nil { return nil }
            found = hit
            i = hit + 1
        }
        return found
    }

    private static func index(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// The occurrence of `needle` in `line` nearest to `column` (0-based).
    private static func occurrence(of needle: [Unicode.Scalar], in line: [Unicode.Scalar], near column: Int) -> Int? {
        var best: Int?
        var i = 0
        while let hit = index(of: needle, in: line, from: i) {
            if best.map({ abs(hit - column) < abs($0 - column) }) ?? true { best = hit }
            i = hit + 1
        }
        return best
    }

    private static func back(_ text: [Unicode.Scalar], from start: Int, words: Int, limit: Int) -> Int {
        var i = start, seen = 0
        while i > limit {
            if text[i - 1] == " ", i < start { seen += 1; if seen >= words { break } }
            i -= 1
        }
        return i
    }

    private static func forward(_ text: [Unicode.Scalar], from end: Int, words: Int, limit: Int) -> Int {
        var i = end, seen = 0
        while i < limit {
            if text[i] == " ", i > end { seen += 1; if seen >= words { break } }
            i += 1
        }
        return i
    }

    /// A generated line as the reader sees its text: Markdown's backslash escapes removed,
    /// whitespace runs folded as in the file.
    private static func unescaped(_ line: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var escaping = false
        for scalar in line.unicodeScalars {
            if !escaping, scalar == "\\" { escaping = true; continue }
            escaping = false
            if scalar.properties.isWhitespace {
                if out.last != " " { out.append(" ") }
            } else {
                out.append(scalar)
            }
        }
        return out
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.isUppercase ? (String(scalar).lowercased().unicodeScalars.first ?? scalar) : scalar
    }
}

extension Array where Element == Unicode.Scalar {
    fileprivate var trimmed: [Unicode.Scalar] {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return Array(slice)
    }

    fileprivate func firstIndex(of needle: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        for i in 0...(count - needle.count) where Array(self[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cuts a large Markdown text into pieces that cmark parses to the same blocks as the whole,
/// so that only one piece's tree is in memory at a time.
///
/// A cut goes only before an ATX heading (`#` in column 1) that follows a blank line outside any
/// fenced code block or multi-line HTML block opened at the top level: such a heading always starts
/// a new top-level block and closes every list, quote and paragraph before it. A text with link
/// reference or footnote definitions (`[x]: …`) is never cut by `split`, since a definition anywhere
/// applies everywhere; `splitCarryingDefinitions` cuts it and carries the definitions along.
public enum MarkdownChunks {
    /// Pieces of at least `minimumBytes` (the last may be shorter), each with the number of lines
    /// before it.
    public static func split(_ text: String, minimumBytes: Int = 1 << 20) -> [(text: Substring, lineOffset: Int)] {
        split(text, minimumBytes: minimumBytes, ignoringDefinitions: false)
    }

    static func split(_ text: String, minimumBytes: Int, ignoringDefinitions: Bool) -> [(text: Substring, lineOffset: Int)] {
        guard text.utf8.count > minimumBytes * 2 else { return [(text[...], 0)] }
        var copy = text
        let cuts = copy.withUTF8 { cutOffsets(in: $0, minimumBytes: minimumBytes, ignoringDefinitions: ignoringDefinitions) }
        var pieces: [(text: Substring, lineOffset: Int)] = []
        var start = (offset: 0, line: 0)
        for cut in cuts + [(text.utf8.count, 0)] {
            let from = text.utf8.index(text.startIndex, offsetBy: start.offset)
            let to = text.utf8.index(text.startIndex, offsetBy: cut.0)
            pieces.append((text[from..<to], start.line))
            start = (cut.0, cut.1)
        }
        return pieces
    }

    /// Byte offsets where a piece may start, with the number of lines before each.
    private static func cutOffsets(in bytes: UnsafeBufferPointer<UInt8>, minimumBytes: Int, ignoringDefinitions: Bool) -> [(Int, Int)] {
        guard let base = bytes.baseAddress, ignoringDefinitions || !hasDefinitions(bytes) else { return [] }
        var cuts: [(Int, Int)] = []
        var pieceStart = 0
        var line = 0
        var previousBlank = false
        var fence: (byte: UInt8, length: Int)?
        var htmlEnd: [UInt8]?
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            let current = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if fence == nil, htmlEnd == nil, previousBlank, current.first == 0x23, lineStart - pieceStart >= minimumBytes {
                cuts.append((lineStart, line))
                pieceStart = lineStart
            }
            if let open = htmlEnd {
                if contains(current, open) { htmlEnd = nil }
            } else if let open = fence {
                if let close = fenceRun(current), close.byte == open.byte, close.length >= open.length,
                    current.drop(while: { $0 == 0x20 }).dropFirst(close.length).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                {
                    fence = nil
                }
            } else if let open = fenceRun(current) {
                fence = open
            } else if let end = htmlBlockEnd(current), !contains(UnsafeBufferPointer(rebasing: current.dropFirst(2)), end) {
                htmlEnd = end
            }
            previousBlank = current.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            line += 1
            lineStart = lineEnd + 1
        }
        return cuts
    }

    /// A fence of three or more backticks or tildes after at most three spaces.
    private static func fenceRun(_ line: UnsafeBufferPointer<UInt8>) -> (byte: UInt8, length: Int)? {
        let body = line.drop(while: { $0 == 0x20 })
        guard line.count - body.count <= 3, let first = body.first, first == 0x60 || first == 0x7E else { return nil }
        let length = body.prefix(while: { $0 == first }).count
        return length >= 3 ? (first, length) : nil
    }

    /// For HTML blocks that may hold blank lines (comments, `<script>`, `<pre>`, `<style>`,
    /// `<textarea>`, processing instructions, declarations, CDATA): the text that ends them.
    private static func htmlBlockEnd(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let body = line.drop(while: { $0 == 0x20 })
        guard line.count - body.count <= 3, body.first == 0x3C else { return nil }
        let lower = String(decoding: body.prefix(12), as: UTF8.self).lowercased()
        if lower.hasPrefix("<!--") { return Array("-->".utf8) }
        for tag in ["script", "pre", "style", "textarea"] where lower.hasPrefix("<" + tag) { return Array("</\(tag)>".utf8) }
        if lower.hasPrefix("<?") { return Array("?>".utf8) }
        if lower.hasPrefix("<![cdata[") { return Array("]]>".utf8) }
        if lower.hasPrefix("<!") { return Array(">".utf8) }
        return nil
    }

    /// True when any line starts a link reference or footnote definition, as
    /// `DefinitionScanner` reads them (the same reading `splitCarryingDefinitions` carries).
    static func hasDefinitions(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        scanDefinitions(bytes) { _, _, line in
            if case .definition = line { found = true }
            return !found
        }
        return found
    }

    private static func contains(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard line.count >= needle.count else { return false }
        for start in 0...(line.count - needle.count) where line[start] == needle[0] {
            if (0..<needle.count).allSatisfy({ line[start + $0] == needle[$0] }) { return true }
        }
        return false
    }
}

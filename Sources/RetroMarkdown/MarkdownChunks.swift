/// Cuts a large Markdown text into pieces that cmark parses to the same blocks as the whole,
/// so that only one piece's tree is in memory at a time.
///
/// A cut goes only before an ATX heading (`#` in column 1) that follows a blank line outside any
/// fenced code block or multi-line HTML block opened at the top level: such a heading always starts
/// a new top-level block and closes every list, quote and paragraph before it. A text with link
/// reference or footnote definitions (`[x]: …`) is never cut, since a definition anywhere applies
/// everywhere.
public enum MarkdownChunks {
    /// Pieces of at least `minimumBytes` (the last may be shorter), each with the number of lines
    /// before it.
    public static func split(_ text: String, minimumBytes: Int = 1 << 20) -> [(text: Substring, lineOffset: Int)] {
        let utf8 = text.utf8
        guard utf8.count > minimumBytes * 2, !hasDefinitions(utf8) else { return [(text[...], 0)] }
        var pieces: [(text: Substring, lineOffset: Int)] = []
        var pieceStart = utf8.startIndex
        var pieceLine = 0
        var line = 0
        var previousBlank = false
        var fence: (byte: UInt8, length: Int)?
        var htmlEnd: [UInt8]?
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let bytes = utf8[lineStart..<lineEnd]
            if fence == nil, htmlEnd == nil, previousBlank, bytes.first == 0x23,
                utf8.distance(from: pieceStart, to: lineStart) >= minimumBytes
            {
                pieces.append((text[pieceStart..<lineStart], pieceLine))
                pieceStart = lineStart
                pieceLine = line
            }
            if let open = htmlEnd {
                if contains(bytes, open) { htmlEnd = nil }
            } else if let open = fence {
                if let close = fenceRun(bytes), close.byte == open.byte, close.length >= open.length,
                    bytes.drop(while: { $0 == 0x20 }).dropFirst(close.length).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                {
                    fence = nil
                }
            } else if let open = fenceRun(bytes) {
                fence = open
            } else if let end = htmlBlockEnd(bytes), !contains(bytes.dropFirst(2), end) {
                htmlEnd = end
            }
            previousBlank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            line += 1
            lineStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
        }
        pieces.append((text[pieceStart...], pieceLine))
        return pieces
    }

    /// A fence of three or more backticks or tildes after at most three spaces.
    private static func fenceRun(_ line: Substring.UTF8View) -> (byte: UInt8, length: Int)? {
        let body = line.drop(while: { $0 == 0x20 })
        guard line.count - body.count <= 3, let first = body.first, first == 0x60 || first == 0x7E else { return nil }
        let length = body.prefix(while: { $0 == first }).count
        return length >= 3 ? (first, length) : nil
    }

    /// For HTML blocks that may hold blank lines (comments, `<script>`, `<pre>`, `<style>`,
    /// `<textarea>`, processing instructions, declarations, CDATA): the text that ends them.
    private static func htmlBlockEnd(_ line: Substring.UTF8View) -> [UInt8]? {
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

    /// True when any line looks like a link reference or footnote definition.
    private static func hasDefinitions(_ utf8: String.UTF8View) -> Bool {
        var atLineStart = true
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if atLineStart {
                let body = utf8[index...].prefix(4).drop(while: { $0 == 0x20 })
                if body.first == 0x5B, let end = utf8[body.startIndex...].prefix(1000).firstIndex(where: { $0 == 0x5D || $0 == 0x0A }),
                    utf8[end] == 0x5D, utf8.index(after: end) < utf8.endIndex, utf8[utf8.index(after: end)] == 0x3A
                {
                    return true
                }
            }
            atLineStart = byte == 0x0A
            index = utf8.index(after: index)
        }
        return false
    }

    private static func contains(_ line: Substring.UTF8View, _ needle: [UInt8]) -> Bool {
        guard line.count >= needle.count else { return false }
        var index = line.startIndex
        while line.distance(from: index, to: line.endIndex) >= needle.count {
            if line[index...].starts(with: needle) { return true }
            index = line.index(after: index)
        }
        return false
    }
}

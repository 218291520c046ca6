#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one reading of "does this line start a link reference or footnote definition?", shared by
/// `split` (which must not cut a text that has one) and `splitCarryingDefinitions` (which carries
/// each one into every piece), so the two cannot disagree.
///
/// It follows cmark line by line, as far as a byte scan can: fenced code (a fence closes only with
/// the same character, at least as long), indented code, block quote and list markers before the
/// definition, and the rule that a link reference definition cannot interrupt a paragraph (so a
/// lazy continuation line is not one). A footnote definition is a block start and may follow a
/// paragraph line. A definition's destination or title may continue on the lines after it.
extension MarkdownChunks {
    struct DefinitionScanner {
        /// What one line is, for the callers.
        enum Line: Equatable {
            /// Starts a definition; `label` is the byte range of the label inside the line (without
            /// the brackets), `start` where the definition's `[` is.
            case definition(label: Range<Int>, start: Int)
            /// Continues the definition above (its destination or title, or a lazy line of it).
            case continuation
            /// Inside fenced or indented code: no definitions and no citations.
            case code
            case other
        }

        private var fence: (byte: UInt8, length: Int)?
        /// The previous line was paragraph text, inside this many block quotes.
        private var paragraphDepth: Int?
        /// The lines since the last definition have been its continuation.
        private var inDefinition = false

        /// Reads the next line (without its newline) and says what it is.
        mutating func next(_ line: UnsafeBufferPointer<UInt8>) -> Line {
            var at = 0, depth = 0, listItem = false
            // Container markers: `>` and list bullets or numbers, each after at most three spaces.
            while fence == nil {
                let spaces = Self.indent(line, from: at)
                let i = at + spaces
                guard spaces <= 3, i < line.count else { break }
                if line[i] == 0x3E {
                    depth += 1
                    at = i + 1
                    if at < line.count, line[at] == 0x20 { at += 1 }
                } else if let end = Self.listMarkerEnd(line, at: i) {
                    listItem = true
                    at = end
                } else {
                    break
                }
            }
            if fence != nil {
                // Inside a fence, container markers are skipped only to find the closing fence.
                while true {
                    let i = at + Self.indent(line, from: at)
                    guard i < line.count, line[i] == 0x3E else { break }
                    at = i + 1
                }
            }
            let spaces = Self.indent(line, from: at)
            let content = at + spaces
            if let open = fence {
                if spaces <= 3, let close = Self.fenceRun(line, from: content), close.byte == open.byte, close.length >= open.length,
                    line[(content + close.length)...].allSatisfy(Self.isSpace)
                {
                    fence = nil
                }
                return .code
            }
            if content >= line.count || line[content...].allSatisfy(Self.isSpace) {
                paragraphDepth = nil
                inDefinition = false
                return .other
            }
            if spaces >= 4 || line[content] == 0x09 {
                // Indented code, unless it continues a paragraph or a definition.
                if paragraphDepth == nil, !inDefinition { return .code }
                return inDefinition ? .continuation : .other
            }
            if let open = Self.fenceRun(line, from: content) {
                fence = open
                paragraphDepth = nil
                inDefinition = false
                return .code
            }
            if line[content] == 0x5B, let label = Self.label(line, from: content) {
                let footnote = line[label.lowerBound] == 0x5E
                let interrupts = footnote || listItem || paragraphDepth.map { depth > $0 } ?? true
                if interrupts || inDefinition {
                    // A footnote's own text is a paragraph; a link definition's may continue below.
                    paragraphDepth = footnote ? depth : nil
                    inDefinition = !footnote
                    return .definition(label: label, start: content)
                }
            }
            if inDefinition { return .continuation }
            if line[content] == 0x23 || Self.isRule(line, from: content) {
                // An ATX heading, a thematic break or a setext underline ends the paragraph.
                paragraphDepth = nil
                return .other
            }
            paragraphDepth = listItem ? depth : max(paragraphDepth ?? depth, depth)
            return .other
        }

        /// `[label]:` from `start`: the label's byte range, when it is not empty or blank, holds no
        /// unescaped `[`, and fits in cmark's 999 characters.
        static func label(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
            var i = start + 1
            var blank = true
            while i < line.count, i - start <= 1000 {
                switch line[i] {
                case 0x5C: i += 1; blank = false
                case 0x5B: return nil
                case 0x5D:
                    guard !blank, i + 1 < line.count, line[i + 1] == 0x3A else { return nil }
                    return (start + 1)..<i
                case 0x20, 0x09: break
                default: blank = false
                }
                i += 1
            }
            return nil
        }

        /// A fence of three or more backticks or tildes at `start`.
        static func fenceRun(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> (byte: UInt8, length: Int)? {
            guard start < line.count, line[start] == 0x60 || line[start] == 0x7E else { return nil }
            var end = start
            while end < line.count, line[end] == line[start] { end += 1 }
            return end - start >= 3 ? (line[start], end - start) : nil
        }

        /// `-`, `+`, `*` or 1–9 digits and `.` or `)`, followed by a space, a tab or the line's end:
        /// where the item's content starts.
        static func listMarkerEnd(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            var end = i
            if line[i] == 0x2D || line[i] == 0x2B || line[i] == 0x2A {
                end = i + 1
            } else {
                while end < line.count, end - i < 9, line[end] >= 0x30, line[end] <= 0x39 { end += 1 }
                guard end > i, end < line.count, line[end] == 0x2E || line[end] == 0x29 else { return nil }
                end += 1
            }
            guard end == line.count || line[end] == 0x20 || line[end] == 0x09 else { return nil }
            return end < line.count ? end + 1 : end
        }

        /// Three or more of one of `-`, `*`, `_`, `=` with only spaces between: a thematic break or a
        /// setext underline.
        static func isRule(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
            let mark = line[start]
            guard mark == 0x2D || mark == 0x2A || mark == 0x5F || mark == 0x3D else { return false }
            var count = 0
            for byte in line[start...] {
                if byte == mark { count += 1 } else if !isSpace(byte) { return false }
            }
            return mark == 0x3D || count >= 3
        }

        static func indent(_ line: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
            var i = start
            while i < line.count, line[i] == 0x20 { i += 1 }
            return i - start
        }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    }

    /// Calls `visit` with each line of `bytes` (without its newline), its number from 0, and what it is.
    static func scanDefinitions(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (UnsafeBufferPointer<UInt8>, Int, DefinitionScanner.Line) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        var scanner = DefinitionScanner()
        var lineStart = 0
        var number = 0
        while lineStart <= bytes.count {
            let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            guard visit(line, number, scanner.next(line)) else { return }
            number += 1
            lineStart = lineEnd + 1
        }
    }
}

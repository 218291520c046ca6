#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cutting a text that has link reference or footnote definitions, for readers of the tree (the
/// lint) rather than for rendering.
///
/// A definition anywhere applies everywhere, so each piece carries a trailer after its own lines:
/// every link reference definition of the text, a stub definition for each footnote the piece
/// cites but does not define, and a citation of each footnote it defines that is cited elsewhere
/// (cmark drops a definition that nothing in its document cites). Blocks that start in the trailer
/// are not part of the piece: `CMark.withBlockViews(_:lineOffset:lineLimit:)` skips them.
extension MarkdownChunks {
    public struct Piece {
        /// The piece's own lines followed by its trailer.
        public let text: String
        /// Lines of the whole text before the piece.
        public let lineOffset: Int
        /// Lines that belong to the piece; later lines are its trailer.
        public let lineCount: Int
    }

    /// Pieces as `split` cuts them, but also for texts with definitions. Definitions that would
    /// make every piece large (over a quarter of `minimumBytes`) leave the text whole.
    public static func splitCarryingDefinitions(_ text: String, minimumBytes: Int = 1 << 20) -> [Piece] {
        let whole = [Piece(text: text, lineOffset: 0, lineCount: Int.max)]
        guard text.utf8.count > minimumBytes * 2 else { return whole }
        var linkDefinitions: [String] = []
        var seenLabels = Set<String>()
        var definedAt: [String: Int] = [:]
        var citedAt: [String: [Int]] = [:]
        var definitionBytes = 0
        var lineCount = 0
        var copy = text
        copy.withUTF8 { bytes in
            var fence = false
            var lineStart = 0
            guard let base = bytes.baseAddress else { return }
            while lineStart <= bytes.count {
                let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                defer { lineCount += 1; lineStart = lineEnd + 1 }
                var indent = 0
                while indent < line.count, indent < 4, line[indent] == 0x20 { indent += 1 }
                if indent <= 3, line.count >= indent + 3, line[indent] == 0x60 || line[indent] == 0x7E,
                    line[indent + 1] == line[indent], line[indent + 2] == line[indent] { fence.toggle() }
                if fence || memchr(base + lineStart, 0x5B, line.count) == nil { continue }
                let string = String(decoding: line, as: UTF8.self)[...]
                if let label = definitionLabel(string) {
                    if label.hasPrefix("^") {
                        definedAt[label] = definedAt[label] ?? lineCount
                    } else if seenLabels.insert(label).inserted {
                        linkDefinitions.append(String(string))
                        definitionBytes += line.count + 1
                    }
                }
                for label in footnoteCitations(string) { citedAt[label, default: []].append(lineCount) }
            }
        }
        guard definitionBytes <= minimumBytes / 4 else { return whole }
        let cuts = split(text, minimumBytes: minimumBytes, ignoringDefinitions: true)
        guard cuts.count > 1 else { return whole }
        let carried = linkDefinitions.joined(separator: "\n")
        var pieces: [Piece] = []
        for (index, cut) in cuts.enumerated() {
            let first = cut.lineOffset
            let end = index + 1 < cuts.count ? cuts[index + 1].lineOffset : lineCount
            let range = first..<end
            var trailer: [String] = []
            for (label, line) in definedAt.sorted(by: { $0.value < $1.value }) where range.contains(line) {
                if let cited = citedAt[label], cited.contains(where: { !range.contains($0) }), !cited.contains(where: range.contains) {
                    trailer.append("[\(label)]")
                }
            }
            for (label, cited) in citedAt.sorted(by: { $0.key < $1.key }) where cited.contains(where: range.contains) {
                if let line = definedAt[label], range.contains(line) { continue }
                if definedAt[label] != nil { trailer.append("[\(label)]: .") }
            }
            var body = String(cut.text)
            if !body.hasSuffix("\n") { body += "\n" }
            if !carried.isEmpty || !trailer.isEmpty {
                body += "\n" + ([carried] + trailer).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
            }
            pieces.append(Piece(text: body, lineOffset: first, lineCount: end - first))
        }
        return pieces
    }

    /// The label of a definition line (`[label]: …` after at most three spaces), lowercased; a
    /// footnote's label keeps its `^`.
    static func definitionLabel(_ line: Substring) -> String? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3, body.first == "[", let close = body.firstIndex(of: "]") else { return nil }
        let after = body.index(after: close)
        guard after < body.endIndex, body[after] == ":" else { return nil }
        let label = body[body.index(after: body.startIndex)..<close]
        return label.isEmpty ? nil : label.lowercased()
    }

    /// Footnote labels cited on a line (`[^label]` not followed by `:`), lowercased with their `^`.
    static func footnoteCitations(_ line: Substring) -> [String] {
        var labels: [String] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "[") {
            let caret = line.index(after: open)
            guard caret < line.endIndex else { break }
            index = caret
            guard line[caret] == "^", let close = line[caret...].firstIndex(of: "]") else { continue }
            let after = line.index(after: close)
            if after >= line.endIndex || line[after] != ":" { labels.append(line[caret..<close].lowercased()) }
            index = after
        }
        return labels
    }
}

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
            // The link definition whose destination or title may continue on the next lines.
            var carrying: Int?
            scanDefinitions(bytes) { line, number, kind in
                lineCount = number + 1
                switch kind {
                case .code:
                    return true
                case .definition(let range, let start):
                    carrying = nil
                    let label = String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self).lowercased()
                    if label.hasPrefix("^") {
                        definedAt[label] = definedAt[label] ?? number
                    } else if seenLabels.insert(label).inserted {
                        // Without the container markers before it: the trailer is at the top level.
                        linkDefinitions.append(String(decoding: UnsafeBufferPointer(rebasing: line[start...]), as: UTF8.self))
                        definitionBytes += line.count - start + 1
                        carrying = linkDefinitions.count - 1
                    }
                case .continuation:
                    if let index = carrying {
                        linkDefinitions[index] += "\n" + String(decoding: line, as: UTF8.self)
                        definitionBytes += line.count + 1
                    }
                case .other:
                    carrying = nil
                }
                if let base = line.baseAddress, memchr(base, 0x5B, line.count) != nil {
                    for label in footnoteCitations(String(decoding: line, as: UTF8.self)[...]) { citedAt[label, default: []].append(number) }
                }
                return true
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

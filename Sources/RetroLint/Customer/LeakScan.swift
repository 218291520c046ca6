import Foundation
import RetroModel

/// Runs the scanner over a whole document for the leak rules and places each span in the file.
struct LeakScan {
    let rules: [(rule: any LeakRule, severity: Diagnostic.Severity)]
    let scanner: SensitiveScanner

    func diagnostics(in text: String, builder: DiagnosticBuilder) -> [Diagnostic] {
        let visible = Self.blankingDirectives(text)
        let bytes = Array(visible.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        func position(_ offset: Int) -> (line: Int, byte: Int) {
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return (low + 1, offset - lineStarts[low])
        }
        var result: [Diagnostic] = []
        var found: [(start: Int, end: Int, kind: SensitiveKind, shown: String)] = scanner.scanMarkdown(visible).map { span in
            (visible.utf8.distance(from: visible.startIndex, to: span.range.lowerBound),
             visible.utf8.distance(from: visible.startIndex, to: span.range.upperBound), span.kind, Self.shown(span))
        }
        // Disguised leaks: each reported once, where the plain scan saw nothing of the same kind.
        for span in FoldedLeakScan(vocabulary: scanner.vocabulary).spans(in: visible) {
            if found.contains(where: { $0.start < span.end && span.start < $0.end }) { continue }
            let text = String(decoding: bytes[span.start..<min(span.end, bytes.count)], as: UTF8.self)
            found.append((span.start, span.end, span.kind, Self.shown(SensitiveSpan(range: text.startIndex..<text.endIndex, kind: span.kind, text: text))))
        }
        for (startOffset, endOffset, kind, shown) in found {
            guard let (rule, severity) = rules.first(where: { $0.rule.kinds.contains(kind) }) else { continue }
            let start = position(startOffset)
            var end = position(max(endOffset - 1, startOffset))
            // A span ending in a line break ends on the line before.
            if end.line > start.line, end.byte == 0, bytes[max(endOffset - 1, 0)] == 0x0A { end = position(max(endOffset - 2, startOffset)) }
            result.append(Diagnostic(
                path: builder.path, line: start.line, column: builder.source.scalarColumn(line: start.line, byteOffset: start.byte),
                endLine: end.line, endColumn: builder.source.scalarColumn(line: end.line, byteOffset: end.byte),
                rule: rule.description.id, category: rule.description.category, severity: severity,
                message: "'\(shown)': \(rule.description.message)", match: shown, suggestion: rule.description.rewrite))
        }
        return result
    }

    /// The match as reported: a secret is shortened, so lint output never repeats it.
    static func shown(_ span: SensitiveSpan) -> String {
        let oneLine = span.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        switch span.kind {
        case .secret, .credentialURL: return String(oneLine.prefix(6)) + "…"
        default: return oneLine
        }
    }

    /// `text` with `retro-lint` directives and the `retro:generated` marker replaced by spaces
    /// (line breaks and byte offsets kept), so rule ids and the source path are not read as leaks.
    static func blankingDirectives(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var bytes = Array(text.utf8)
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var index = 0
        while index + open.count <= bytes.count {
            guard bytes[index..<index + open.count].elementsEqual(open) else {
                index += 1
                continue
            }
            var end = index + open.count
            while end + close.count <= bytes.count, !bytes[end..<end + close.count].elementsEqual(close) { end += 1 }
            end = min(end + close.count, bytes.count)
            let body = String(decoding: bytes[index + open.count..<min(end, bytes.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("retro-lint") || body.hasPrefix("retro:generated") {
                for position in index..<end where bytes[position] != 0x0A && bytes[position] != 0x0D { bytes[position] = 0x20 }
            }
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension SensitiveScanner {
    /// Like `scan`, for Markdown: backslash escapes (`https\://`, `\<@U123\>`, `db\_7`) are read
    /// as the characters they stand for, so escaping cannot hide a leak. Ranges point into
    /// `markdown` as written; each span's `text` is what it reads as, without the escapes.
    public func scanMarkdown(_ markdown: String, kinds: Set<SensitiveKind> = Set(SensitiveKind.allCases)) -> [SensitiveSpan] {
        let bytes = Array(markdown.utf8)
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        // origin[i]: the offset in `bytes` of byte i of `plain`.
        var origin: [Int] = []
        origin.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x5C, index + 1 < bytes.count, Self.isASCIIPunctuation(bytes[index + 1]) { index += 1 }
            plain.append(bytes[index])
            origin.append(index)
            index += 1
        }
        guard plain.count != bytes.count else { return scan(markdown, kinds: kinds) }
        let text = String(decoding: plain, as: UTF8.self)
        return scan(text, kinds: kinds).compactMap { span in
            let start = text.utf8.distance(from: text.startIndex, to: span.range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: span.range.upperBound)
            guard end > start, end <= origin.count else { return nil }
            let from = markdown.utf8.index(markdown.startIndex, offsetBy: origin[start])
            let to = markdown.utf8.index(markdown.startIndex, offsetBy: origin[end - 1] + 1)
            return SensitiveSpan(range: from..<to, kind: span.kind, text: span.text)
        }
    }

    /// CommonMark's escapable characters: ASCII punctuation.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

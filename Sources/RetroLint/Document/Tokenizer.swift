/// Splits prose bytes into words. Letters, digits, non-ASCII scalars, and `'`, `-`, `/`
/// inside a word belong to it; `@` may start one.
enum Tokenizer {
    static func tokens(in bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var pendingFlags: Token.Flags = [.sentenceStart]
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let mark = byte >= 0x80 ? sentenceMark(bytes, at: index) : nil
            if mark == nil && isWordByte(byte) || (byte == 0x40 && index + 1 < count && isWordByte(bytes[index + 1])) {
                let start = index
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var upper = 0
                var letters = 0
                if byte == 0x40 {
                    hash = WordHash.step(hash, byte)
                    index += 1
                }
                while index < count {
                    let current = bytes[index]
                    if current >= 0x80, sentenceMark(bytes, at: index) != nil {
                        break
                    } else if isWordByte(current) {
                        if current >= 0x41 && current <= 0x5A { upper += 1 }
                        if current >= 0x41 { letters += 1 }
                        hash = WordHash.step(hash, current)
                        index += 1
                    } else if current == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
                        index + 3 < count, isWordByte(bytes[index + 3])
                    {
                        hash = WordHash.step(hash, 0x27)  // ’ inside a word reads as '
                        index += 3
                    } else if (current == 0x27 || current == 0x2D || current == 0x2F), index + 1 < count,
                        isWordByte(bytes[index + 1]), index > start
                    {
                        hash = WordHash.step(hash, current)
                        index += 1
                    } else {
                        break
                    }
                }
                var flags = pendingFlags
                let first = bytes[start]
                if first >= 0x41 && first <= 0x5A { flags.insert(.capitalized) }
                if upper >= 2 && upper == letters { flags.insert(.allCaps) }
                if first == 0x40 { flags.insert(.handle) }
                tokens.append(Token(start: start, end: index, hash: hash, flags: flags))
                pendingFlags = []
            } else if let mark {
                // "…", "‽", "⁉", "。", "？", "！": sentence ends outside ASCII.
                pendingFlags.insert(.sentenceStart)
                if mark.question, !tokens.isEmpty { tokens[tokens.count - 1].flags.insert(.question) }
                index += mark.length
            } else {
                switch byte {
                case 0x2E, 0x21:  // . !
                    // "e.g." and "v1.2" stay inside the sentence: the next byte must be a space or the end.
                    if index + 1 >= count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A {
                        pendingFlags.insert(.sentenceStart)
                    }
                case 0x3F:  // ?
                    pendingFlags.insert(.sentenceStart)
                    if !tokens.isEmpty { tokens[tokens.count - 1].flags.insert(.question) }
                case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2D, 0x22:  // , ; : ( ) - "
                    pendingFlags.insert(.clauseStart)
                case 0xE2:  // — – “ ” and the other marks of the General Punctuation block
                    pendingFlags.insert(.clauseStart)
                    // Step over the whole character: its continuation bytes would otherwise start a word.
                    if index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 { index += 2 }
                default:
                    break
                }
                index += 1
            }
        }
        markQuestions(&tokens)
        return tokens
    }

    /// A sentence-ending mark outside ASCII at `index`: its length in bytes and whether it asks.
    /// "…" ends a sentence only before a space, a line end or the end of the text, as "." does.
    static func sentenceMark(_ bytes: [UInt8], at index: Int) -> (length: Int, question: Bool)? {
        guard index + 2 < bytes.count else { return nil }
        let (b0, b1, b2) = (bytes[index], bytes[index + 1], bytes[index + 2])
        switch (b0, b1, b2) {
        case (0xE2, 0x80, 0xA6):  // …
            // "It went fine… We should have": a capital (or the line's end) after it starts a new
            // sentence; "metrics that… could have" is an elision inside one.
            var after = index + 3
            while after < bytes.count && bytes[after] == 0x20 { after += 1 }
            guard after > index + 3 || after >= bytes.count || bytes[after] == 0x0A else { return nil }
            return after >= bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D || (bytes[after] >= 0x41 && bytes[after] <= 0x5A)
                || bytes[after] == 0x2A || bytes[after] == 0x22 ? (3, false) : nil
        case (0xE2, 0x80, 0xBD), (0xE2, 0x81, 0x87), (0xE2, 0x81, 0x88), (0xE2, 0x81, 0x89):  // ‽ ⁇ ⁈ ⁉
            return (3, true)
        case (0xEF, 0xBC, 0x9F):  // ？
            return (3, true)
        case (0xEF, 0xBC, 0x81), (0xE3, 0x80, 0x82), (0xEF, 0xBD, 0xA1):  // ！ 。 ｡
            return (3, false)
        default:
            return nil
        }
    }

    /// Marks every word of a sentence that ends in `?`.
    private static func markQuestions(_ tokens: inout [Token]) {
        var inQuestion = false
        for index in tokens.indices.reversed() {
            if tokens[index].flags.contains(.question) { inQuestion = true }
            if inQuestion { tokens[index].flags.insert(.question) }
            if tokens[index].flags.contains(.sentenceStart) { inQuestion = false }
        }
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F || (byte >= 0x80 && byte != 0xE2)
    }

    @inline(__always)
    static func isWordStart(_ byte: UInt8) -> Bool { isWordByte(byte) || byte == 0x40 }

    /// Replaces `’` with `'` so both spellings of "didn't" hash alike.
    static func foldApostrophes(_ bytes: inout [UInt8]) {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                result.append(0x27)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        bytes = result
    }
}

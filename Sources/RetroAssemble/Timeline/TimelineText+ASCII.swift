import RetroModel

extension TimelineText {
    /// The sentences of `text`, by the same rules as `init` on scalars, but on bytes, when the text
    /// is ASCII plus emoji from U+1F000–U+1FFFF (which have no case, are not spaces and are none of
    /// the punctuation the rules look for): most chat messages, which a build reads two or three times.
    static func asciiSentences(_ text: String) -> [Sentence]? {
        var text = text
        return text.withUTF8 { bytes -> [Sentence]? in
            guard EmojiBytes.onlyASCIIAndEmoji(bytes) else { return nil }
            var sentences: [Sentence] = []
            var clauses: [[String]] = []
            var clause: [String] = []
            var word: [UInt8] = []
            func endWord() {
                guard !word.isEmpty else { return }
                var start = 0, end = word.count
                while start < end, isEdgePunctuation(word[start]) { start += 1 }
                while end > start, isEdgePunctuation(word[end - 1]) { end -= 1 }
                if start < end { clause.append(String(decoding: word[start..<end], as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
            func endClause() {
                endWord()
                if !clause.isEmpty { clauses.append(clause) }
                clause = []
            }
            func endSentence(question: Bool) {
                endClause()
                if !clauses.isEmpty { sentences.append(Sentence(clauses: clauses, endsWithQuestionMark: question)) }
                clauses = []
            }
            let count = bytes.count
            for i in 0..<count {
                let byte = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] | 0x20 : bytes[i]
                let nextIsSpace = i + 1 < count ? isSpace(bytes[i + 1]) : true
                switch byte {
                case UInt8(ascii: "'"): continue
                case UInt8(ascii: "?"): endSentence(question: true)
                case UInt8(ascii: "!"), 0x0A: endSentence(question: false)
                case UInt8(ascii: ".") where nextIsSpace: endSentence(question: false)
                case UInt8(ascii: ",") where nextIsSpace, UInt8(ascii: ";"), UInt8(ascii: ":") where nextIsSpace,
                    UInt8(ascii: "("), UInt8(ascii: ")"):
                    endClause()
                default:
                    if isSpace(byte) { endWord() } else { word.append(byte) }
                }
            }
            endSentence(question: false)
            return sentences
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// The ASCII members of `edgePunctuation`.
    @inline(__always)
    private static func isEdgePunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x22, 0x60, 0x2A, 0x5F, 0x7E, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x40, 0x23, 0x2E, 0x2C: true
        default: false
        }
    }
}

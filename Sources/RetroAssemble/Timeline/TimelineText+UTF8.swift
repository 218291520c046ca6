import RetroModel

extension TimelineText {
    /// The sentences of `text`, by the same rules as `scalarSentences`, read from its UTF-8 bytes:
    /// ASCII bytes are handled in place, and only a non-ASCII scalar is decoded (to be lower-cased,
    /// skipped as an apostrophe, or read as a dash or a space). Chat text is mostly ASCII, but
    /// names, quotes and other languages must not send a whole message down a slower path.
    static func utf8Sentences(_ text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes -> [Sentence] in
            var sentences: [Sentence] = []
            var clauses: [[String]] = []
            var clause: [String] = []
            var word: [UInt8] = []
            func endWord() {
                guard !word.isEmpty else { return }
                var start = 0, end = word.count
                while start < end {
                    if isEdgePunctuation(word[start]) { start += 1 } else if let width = wideEdge(word, at: start) { start += width } else { break }
                }
                while end > start {
                    if isEdgePunctuation(word[end - 1]) { end -= 1 } else if end - start >= 3, wideEdge(word, at: end - 3) != nil { end -= 3 } else { break }
                }
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
            // Whether the scalar starting at `i` is whitespace (true past the end, as for the last scalar).
            func spaceAt(_ i: Int) -> Bool {
                guard i < count else { return true }
                if bytes[i] < 0x80 { return isSpace(bytes[i]) }
                return decode(bytes, at: i).map { $0.scalar.properties.isWhitespace } ?? false
            }
            var i = 0
            while i < count {
                let raw = bytes[i]
                guard raw < 0x80 else {
                    guard let (scalar, width) = decode(bytes, at: i) else {
                        // Not reachable for a Swift String (always valid UTF-8); kept as a byte of the word.
                        word.append(raw)
                        i += 1
                        continue
                    }
                    i += width
                    switch scalar {
                    case "\u{2019}", "\u{2018}": continue
                    case "\u{2014}": endClause()
                    default:
                        if scalar.value >= 0x1F000 && scalar.value <= 0x1FFFF {
                            word.append(contentsOf: bytes[(i - width)..<i])
                        } else if scalar.properties.isWhitespace {
                            endWord()
                        } else if scalar.properties.changesWhenLowercased {
                            word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                        } else {
                            word.append(contentsOf: bytes[(i - width)..<i])
                        }
                    }
                    continue
                }
                let byte = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
                switch byte {
                case UInt8(ascii: "'"): break
                case UInt8(ascii: "?"): endSentence(question: true)
                case UInt8(ascii: "!"), 0x0A: endSentence(question: false)
                case UInt8(ascii: "."):
                    if spaceAt(i + 1) { endSentence(question: false) } else { word.append(byte) }
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    if spaceAt(i + 1) { endClause() } else { word.append(byte) }
                case UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    endClause()
                default:
                    if isSpace(byte) { endWord() } else { word.append(byte) }
                }
                i += 1
            }
            endSentence(question: false)
            return sentences
        }
    }

    /// The scalar whose UTF-8 starts at `i`, and its width in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int)? {
        let lead = bytes[i]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= bytes.count else { return nil }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
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

    /// The width (3) of a non-ASCII member of `edgePunctuation` at `i` (“ ” ‘ ’ …), when one is there.
    @inline(__always)
    private static func wideEdge(_ word: [UInt8], at i: Int) -> Int? {
        guard i + 3 <= word.count, word[i] == 0xE2, word[i + 1] == 0x80 else { return nil }
        switch word[i + 2] {
        case 0x9C, 0x9D, 0x98, 0x99, 0xA6: return 3
        default: return nil
        }
    }
}

import Foundation

/// The matches of `SensitiveScanner.wordAlternation(words, caseInsensitive:, mention: true)` found
/// by comparing bytes instead of running the expression, an alternation of every participant's
/// names that ICU tries name by name at every position of a text.
///
/// It answers for plain texts (`SensitiveScanner.plainLowered`) and ASCII words only, and steps
/// aside (nil) wherever the expression's word boundaries would look at a character past ASCII.
/// The expression takes, at the first position where one can start, the longest name (names are
/// tried longest first) that is whole: `(?<![\w@.-])@?(?<![\w.-])name(?![\w-]|\.\w)`.
struct NameMatcher: Sendable {
    private let caseInsensitive: Bool
    /// Words by their first two bytes (lowered when `caseInsensitive`), longest first.
    private let byPair: [UInt16: [[UInt8]]]

    /// Nil when some word shorter than two bytes, or with a character past ASCII that a plain
    /// text might match, is among `words`. A word with a character no plain text can match
    /// (`í`, whose case forms are all past ASCII and not symbols) is left out: it never matches.
    init?(_ words: Set<String>, caseInsensitive: Bool) {
        var byPair: [UInt16: [[UInt8]]] = [:]
        for word in words {
            var bytes = Array(word.utf8)
            guard bytes.count >= 2 else { return nil }
            if bytes.contains(where: { $0 >= 0x80 }) {
                guard word.unicodeScalars.contains(where: { Self.neverInPlainText($0, caseInsensitive: caseInsensitive) }) else { return nil }
                continue
            }
            if caseInsensitive { bytes = bytes.map(Self.lower) }
            byPair[Self.pair(bytes[0], bytes[1]), default: []].append(bytes)
        }
        self.byPair = byPair.mapValues { $0.sorted { $0.count > $1.count } }
        self.caseInsensitive = caseInsensitive
    }

    /// True when no character of a plain text matches `scalar` (in any case, with `caseInsensitive`):
    /// it is past ASCII, not a caseless symbol, and neither are its lower, upper and title case forms.
    static func neverInPlainText(_ scalar: Unicode.Scalar, caseInsensitive: Bool) -> Bool {
        func possible(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII || SensitiveScanner.isCaselessSymbol(scalar) }
        guard !possible(scalar) else { return false }
        guard caseInsensitive else { return true }
        let properties = scalar.properties
        let forms = properties.lowercaseMapping + properties.uppercaseMapping + properties.titlecaseMapping
        return !forms.unicodeScalars.contains(where: possible)
    }

    /// The matches in `text` (its UTF-8 `bytes`, and `lowered`, the same with ASCII capitals
    /// lowered) as UTF-16 ranges, in order; nil where the expression must decide.
    func matches(in bytes: [UInt8], lowered: [UInt8]) -> [NSRange]? {
        let keys = caseInsensitive ? lowered : bytes
        var found: [Range<Int>] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            guard byte < 0x80 else {
                position += 1
                continue
            }
            // (?<![\w@.-]) before the match.
            if position > 0 {
                let before = bytes[position - 1]
                if before >= 0x80 {
                    if byte == UInt8(ascii: "@") || startsName(keys, at: position) { return nil }
                    position += 1
                    continue
                }
                if Self.isWord(before) || before == UInt8(ascii: "@") || before == UInt8(ascii: ".") || before == UInt8(ascii: "-") {
                    position += 1
                    continue
                }
            }
            var end: Int?
            if byte == UInt8(ascii: "@") {
                // `@?` takes the `@` first, then gives it back.
                guard let afterAt = longestWhole(keys, bytes, at: position + 1) else { return nil }
                end = afterAt
            }
            if end == nil {
                guard let here = longestWhole(keys, bytes, at: position) else { return nil }
                end = here
            }
            if let end, end > position {
                found.append(position..<end)
                position = end
            } else {
                position += 1
            }
        }
        return Self.utf16Ranges(found, in: bytes)
    }

    /// True when some name starts with the two bytes at `start` (a match the expression might find).
    private func startsName(_ keys: [UInt8], at start: Int) -> Bool {
        start + 1 < keys.count && byPair[Self.pair(keys[start], keys[start + 1])] != nil
    }

    /// The end of the longest name at `start` that `(?![\w-]|\.\w)` accepts, `start` itself when
    /// there is none, nil when that depends on a character past ASCII.
    private func longestWhole(_ keys: [UInt8], _ bytes: [UInt8], at start: Int) -> Int?? {
        guard start + 1 < keys.count, let names = byPair[Self.pair(keys[start], keys[start + 1])] else { return .some(nil) }
        for name in names where start + name.count <= keys.count {
            guard keys[start..<(start + name.count)].elementsEqual(name) else { continue }
            let end = start + name.count
            guard end < bytes.count else { return end }
            let next = bytes[end]
            if next >= 0x80 { return nil }
            if Self.isWord(next) || next == UInt8(ascii: "-") { continue }
            if next == UInt8(ascii: "."), end + 1 < bytes.count {
                let after = bytes[end + 1]
                if after >= 0x80 { return nil }
                if Self.isWord(after) { continue }
            }
            return end
        }
        return .some(nil)
    }

    /// Byte ranges as UTF-16 ranges (the same numbers for ASCII text).
    private static func utf16Ranges(_ ranges: [Range<Int>], in bytes: [UInt8]) -> [NSRange] {
        guard !ranges.isEmpty else { return [] }
        guard bytes.contains(where: { $0 >= 0x80 }) else { return ranges.map { NSRange(location: $0.lowerBound, length: $0.count) } }
        // UTF-16 offset of each byte offset: a lead byte of four adds two units, other leads one.
        var offsets = [Int](repeating: 0, count: bytes.count + 1)
        var units = 0
        for (index, byte) in bytes.enumerated() {
            offsets[index] = units
            if byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
        }
        offsets[bytes.count] = units
        return ranges.map { NSRange(location: offsets[$0.lowerBound], length: offsets[$0.upperBound] - offsets[$0.lowerBound]) }
    }

    /// `\w` in ASCII.
    private static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

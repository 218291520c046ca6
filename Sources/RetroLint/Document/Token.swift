/// A word in a `ProseRun`: its byte range, a hash of its lowercased form, and what surrounds it.
struct Token {
    var start: Int
    var end: Int
    /// `WordHash` of the lowercased word (curly apostrophes folded to `'`).
    var hash: UInt64
    var flags: Flags

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Starts with an upper-case ASCII letter.
        static let capitalized = Flags(rawValue: 1)
        /// Two or more letters, all upper case (an acronym).
        static let allCaps = Flags(rawValue: 2)
        /// First word of the run or of a sentence.
        static let sentenceStart = Flags(rawValue: 4)
        /// Punctuation (`,;:()` or a dash) separates it from the previous word.
        static let clauseStart = Flags(rawValue: 8)
        /// An `@handle`.
        static let handle = Flags(rawValue: 16)
        /// The sentence ends with `?` after this word.
        static let question = Flags(rawValue: 32)
    }

    func text(in bytes: [UInt8]) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// True at the start of a sentence or clause: nothing before it can be its subject.
    var startsClause: Bool { !flags.isDisjoint(with: [.sentenceStart, .clauseStart]) }
}

/// FNV-1a over lowercased UTF-8, so words compare without building strings.
enum WordHash {
    static func of(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var bytes = Array(word.utf8)
        Tokenizer.foldApostrophes(&bytes)
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(lower)) &* 0x100_0000_01b3
    }

    /// Hashes of each space-separated word of `phrase`.
    static func words(_ phrase: String) -> [UInt64] {
        Tokenizer.tokens(in: Array(phrase.utf8)).map(\.hash)
    }
}

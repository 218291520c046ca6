/// A quick test that none of a list of words can occur in a text, so the regular expression that
/// looks for them (an alternation of hundreds of names, in a big export) need not run.
///
/// Only a "no" is certain: a "maybe" still runs the expression. The test compares lower-case
/// bytes, which is exact for ASCII words in ASCII text whatever the expression's case rules;
/// a word or a text with other characters (where Unicode case folding could match `K`, the
/// Kelvin sign, to `k`) always answers "maybe".
struct LiteralPrefilter: Sendable {
    /// Lower-case ASCII words by their first two bytes.
    private let byPair: [UInt16: [[UInt8]]]
    /// One bit per first-two-bytes pair in `byPair`: most positions of a text fail here.
    private let pairBits: [UInt64]
    /// Set when some word cannot be tested by bytes.
    private let always: Bool

    init(_ words: some Sequence<String>) {
        var byPair: [UInt16: [[UInt8]]] = [:]
        var always = false
        for word in words {
            let bytes = Array(word.utf8)
            guard bytes.count >= 2, bytes.allSatisfy({ $0 < 0x80 }) else {
                always = true
                continue
            }
            let lowered = bytes.map(Self.lower)
            byPair[Self.pair(lowered[0], lowered[1]), default: []].append(lowered)
        }
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in byPair.keys { bits[Int(key >> 6)] |= 1 << UInt64(key & 63) }
        self.byPair = byPair
        pairBits = bits
        self.always = always
    }

    /// False only when no word occurs in `lowered` (the text's lower-case bytes); nil `lowered`
    /// stands for a text that is not ASCII.
    func mayOccur(in lowered: [UInt8]?) -> Bool {
        guard !always else { return true }
        guard let lowered else { return true }
        guard !byPair.isEmpty, lowered.count >= 2 else { return false }
        for start in 0..<(lowered.count - 1) {
            let key = Self.pair(lowered[start], lowered[start + 1])
            guard pairBits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0, let words = byPair[key] else { continue }
            for word in words where start + word.count <= lowered.count {
                if lowered[start..<(start + word.count)].elementsEqual(word) { return true }
            }
        }
        return false
    }

    @inline(__always)
    private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

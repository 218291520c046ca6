import RetroModel

/// `partialFingerprints` that let code scanning follow a finding from commit to commit.
///
/// A fingerprint hashes the file, the rule, the matched words (case and spacing folded) and how
/// many identical findings precede it in the file; line and column are left out, so editing text
/// above a finding does not make it a new alert.
struct SARIFFingerprints {
    static let key = "retroFinding/v1"
    let values: [String]

    init(_ diagnostics: [Diagnostic]) {
        var seen: [String: Int] = [:]
        values = diagnostics.map { d in
            let words = d.match.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let identity = [d.path, d.rule, words].joined(separator: "\u{0}")
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return Self.fnv1a(identity + "\u{0}\(occurrence)")
        }
    }

    /// 64-bit FNV-1a as 16 hex digits: stable across runs and platforms, unlike `hashValue`.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import RetroModel

extension MarkdownEscape {
    /// `inline(text)` for text of ASCII (without `\r`) and emoji: every ASCII
    /// byte is then one Character, and an emoji is neither a letter, a digit, a space nor
    /// invisible, so the same rules run on bytes without building an array of Characters. Nil for
    /// any other text.
    static func inlineASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(0x0D), EmojiBytes.onlyASCIIAndEmoji(bytes) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var atStart = true
            let count = bytes.count
            for i in 0..<count {
                let raw = bytes[i]
                let ch: UInt8 = raw == 0x0A || raw == 0x09 ? 0x20 : raw
                if ch < 0x20 || ch == 0x7F { continue }  // controls are invisible
                if atStart, ch == 0x20 { continue }
                let prev: UInt8? = i > 0 ? bytes[i - 1] : nil
                let next: UInt8? = i + 1 < count ? bytes[i + 1] : nil
                switch ch {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
                    UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                    out.append(0x5C)
                case UInt8(ascii: "_"):
                    if !(prev.map(isWordByte) == true && next.map(isWordByte) == true) { out.append(0x5C) }
                case UInt8(ascii: "&"):
                    if looksLikeEntity(bytes, from: i) { out.append(0x5C) }
                case UInt8(ascii: "#") where atStart, UInt8(ascii: "-") where atStart, UInt8(ascii: "+") where atStart,
                    UInt8(ascii: "=") where atStart:
                    out.append(0x5C)
                case UInt8(ascii: ":") where next == UInt8(ascii: "/") && i + 2 < count && bytes[i + 2] == UInt8(ascii: "/"):
                    out.append(0x5C)
                case UInt8(ascii: ".") where prev == UInt8(ascii: "w") && i >= 3 && isWWW(bytes, before: i):
                    out.append(0x5C)
                default:
                    if ch == UInt8(ascii: ".") || ch == UInt8(ascii: ")"), isLeadingNumber(bytes, upTo: i),
                        next == nil || next == 0x20
                    {
                        out.append(0x5C)
                    }
                }
                out.append(ch)
                atStart = false
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func looksLikeEntity(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        var j = i + 1
        var count = 0
        while j < bytes.count, count < 32, isWordByte(bytes[j]) || bytes[j] == UInt8(ascii: "#") {
            j += 1
            count += 1
        }
        return count > 0 && j < bytes.count && bytes[j] == UInt8(ascii: ";")
    }

    private static func isWWW(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        (i - 3..<i).allSatisfy { bytes[$0] | 0x20 == UInt8(ascii: "w") }
    }

    private static func isLeadingNumber(_ bytes: UnsafeBufferPointer<UInt8>, upTo i: Int) -> Bool {
        guard i > 0, i <= 9 else { return false }
        var k = 0
        while k < i, bytes[k] == 0x20 { k += 1 }
        return k < i && (k..<i).allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
    }
}

/// Words of a chat message found on its UTF-8 bytes, split where `Character.isWhitespace` would
/// split them (a space scalar outside ASCII is decoded and checked), without walking Characters.
enum ChatWords {
    /// Whether `text` holds at least `minimum` whitespace-separated words.
    static func count(in text: String, atLeast minimum: Int) -> Bool {
        var words = 0
        var inWord = false
        forEachScalarBoundary(text) { isSeparator in
            if isSeparator {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            return words < minimum
        }
        return words >= minimum
    }

    /// The words of `text` that start with "@", split on whitespace, "," and ":".
    static func mentions(in text: String) -> [Substring] {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return [] }
        var found: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        func close(at end: String.Index) {
            if let begin = start, begin < end, utf8[begin] == UInt8(ascii: "@") { found.append(text[begin..<end]) }
            start = nil
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            var width = 1
            var separator = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
            if byte >= 0x80 {
                let scalar = text.unicodeScalars[index]
                width = String(scalar).utf8.count
                separator = scalar.properties.isWhitespace
            }
            if separator { close(at: index) } else if start == nil { start = index }
            index = utf8.index(index, offsetBy: width)
        }
        close(at: utf8.endIndex)
        return found
    }

    /// Calls `body` for each scalar with whether it separates words, while `body` returns true.
    private static func forEachScalarBoundary(_ text: String, _ body: (Bool) -> Bool) {
        var copy = text
        copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    guard body(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) else { return }
                    i += 1
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in 1..<width where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                let space = Unicode.Scalar(value)?.properties.isWhitespace ?? false
                guard body(space) else { return }
                i += width
            }
        }
    }
}

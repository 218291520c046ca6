/// Recognises UTF-8 text that holds only ASCII and emoji, for byte-level fast paths that must give
/// the same result as working on Characters or scalars.
public enum EmojiBytes {
    /// True when every non-ASCII scalar of `bytes` lies in U+1F000–U+1FFFF (`F0 9F xx xx`) and is
    /// not a skin-tone modifier (U+1F3FB–U+1F3FF), which would join the character before it.
    public static func onlyASCIIAndEmoji(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard byte == 0xF0, index + 3 < count, bytes[index + 1] == 0x9F,
                bytes[index + 2] & 0xC0 == 0x80, bytes[index + 3] & 0xC0 == 0x80,
                !(bytes[index + 2] == 0x8F && bytes[index + 3] >= 0xBB)
            else { return false }
            index += 4
        }
        return true
    }
}

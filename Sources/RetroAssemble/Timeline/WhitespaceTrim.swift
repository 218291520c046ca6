import Foundation

/// `trimmingCharacters(in: .whitespaces)` without the bridge to NSString, which costs about ten
/// thousand instructions per call: the timeline trims every author's name and every excerpt.
enum WhitespaceTrim {
    private static let whitespaces = CharacterSet.whitespaces

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex, end == scalars.endIndex { return text }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Tab and space are the only ASCII members of `CharacterSet.whitespaces`.
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || scalar == "\t" : whitespaces.contains(scalar)
    }
}

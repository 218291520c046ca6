/// Converts between the lint's positions (1-based lines, columns in Unicode scalars) and LSP's
/// (0-based lines, characters in UTF-16 code units, or scalars when the client asks for utf-32).
///
/// Lines are split at U+000A in the scalar view: as a `Character`, "\r\n" is one grapheme and
/// would hide the line break.
struct TextPositions {
    enum Encoding: String {
        case utf16 = "utf-16"
        case utf32 = "utf-32"
    }

    let lines: [Substring.UnicodeScalarView]
    let encoding: Encoding

    init(_ text: String, encoding: Encoding) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        self.encoding = encoding
    }

    /// The LSP character offset of 1-based scalar column `column` on 1-based line `line`.
    func character(line: Int, column: Int) -> Int {
        guard encoding == .utf16, line >= 1, line <= lines.count else { return max(column - 1, 0) }
        var units = 0
        for (index, scalar) in lines[line - 1].enumerated() {
            if index >= column - 1 { break }
            units += scalar.utf16.count
        }
        return units
    }

    /// The index for an LSP position, clamped to its line and the text (for incremental edits).
    static func index(in text: String, line: Int, character: Int, encoding: Encoding) -> String.Index {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var remainingLines = max(line, 0)
        while remainingLines > 0 {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return scalars.endIndex }
            index = scalars.index(after: newline)
            remainingLines -= 1
        }
        var remaining = max(character, 0)
        while remaining > 0, index < scalars.endIndex, scalars[index] != "\n" {
            remaining -= encoding == .utf16 ? scalars[index].utf16.count : 1
            index = scalars.index(after: index)
        }
        return index
    }
}

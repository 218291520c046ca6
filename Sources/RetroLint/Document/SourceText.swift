/// The original file as lines of UTF-8 bytes, for turning byte offsets into the
/// 1-based Unicode-scalar columns the lint reports.
struct SourceText {
    /// Each line's bytes without the line terminator (`\n` or `\r\n`).
    let lines: [ArraySlice<UInt8>]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[start..<end])
            start = index + 1
        }
        var end = bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        lines.append(bytes[start..<end])
        self.lines = lines
    }

    /// The bytes of 1-based `line`, empty when out of range.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lines.count else { return [] }
        return lines[line - 1]
    }

    /// The 1-based scalar column of the byte at 0-based `byteOffset` in `line`.
    func scalarColumn(line: Int, byteOffset: Int) -> Int {
        let bytes = self.line(line)
        var column = 1
        var index = bytes.startIndex
        let stop = min(bytes.startIndex + max(byteOffset, 0), bytes.endIndex)
        while index < stop {
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The source text from (line, byte) up to and including the scalar that starts at
    /// (endLine, endByte); line breaks inside are kept as `\n`.
    func text(line: Int, byte: Int, endLine: Int, endByte: Int) -> String {
        var result: [UInt8] = []
        for current in line...max(line, endLine) {
            let bytes = self.line(current)
            let from = current == line ? bytes.startIndex + byte : bytes.startIndex
            var to = bytes.endIndex
            if current == endLine {
                to = bytes.startIndex + endByte + 1
                while to < bytes.endIndex, bytes[to] & 0xC0 == 0x80 { to += 1 }
            }
            if current > line { result.append(0x0A) }
            if from < min(to, bytes.endIndex) { result.append(contentsOf: bytes[from..<min(to, bytes.endIndex)]) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

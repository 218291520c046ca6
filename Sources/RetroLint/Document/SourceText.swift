/// The original file as lines of UTF-8 bytes, for turning byte offsets into the
/// 1-based Unicode-scalar columns the lint reports.
struct SourceText {
    /// Each line's bytes without the line terminator (`\n` or `\r\n`).
    let lines: [ArraySlice<UInt8>]
    /// For each line with a byte past ASCII and longer than `checkpointStride`, the scalar count
    /// before every `checkpointStride`-th byte: a column is then found without walking the whole
    /// line, which made many findings on one long line quadratic.
    private let checkpoints: [Int: [Int]]
    /// Lines holding a byte past ASCII (a column is then not simply the byte offset plus one).
    private let nonASCII: Set<Int>
    static let checkpointStride = 512

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var nonASCII: Set<Int> = []
        var checkpoints: [Int: [Int]] = [:]
        var start = 0
        var ascii = true
        func add(_ end: Int) {
            let line = bytes[start..<end]
            if !ascii {
                nonASCII.insert(lines.count)
                if line.count > Self.checkpointStride { checkpoints[lines.count] = Self.checkpoints(line) }
            }
            lines.append(line)
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { ascii = false }
            guard byte == 0x0A else { continue }
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            add(end)
            start = index + 1
            ascii = true
        }
        var end = bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        add(end)
        self.lines = lines
        self.nonASCII = nonASCII
        self.checkpoints = checkpoints
    }

    /// Scalars before byte 0, `stride`, `2 × stride`, … of `line`.
    private static func checkpoints(_ line: ArraySlice<UInt8>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(line.count / checkpointStride + 1)
        var scalars = 0
        for (offset, byte) in line.enumerated() {
            if offset % checkpointStride == 0 { result.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        return result
    }

    /// The bytes of 1-based `line`, empty when out of range.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lines.count else { return [] }
        return lines[line - 1]
    }

    /// The 1-based scalar column of the byte at 0-based `byteOffset` in `line`.
    func scalarColumn(line: Int, byteOffset: Int) -> Int {
        let bytes = self.line(line)
        let offset = min(max(byteOffset, 0), bytes.count)
        guard nonASCII.contains(line - 1) else { return offset + 1 }
        var column = 1
        var index = bytes.startIndex
        if let marks = checkpoints[line - 1] {
            let mark = offset / Self.checkpointStride
            column += marks[mark]
            index += mark * Self.checkpointStride
        }
        let stop = bytes.startIndex + offset
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

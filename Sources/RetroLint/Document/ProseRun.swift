/// One stretch of prose the rules read: a paragraph, a heading or a table cell, as the
/// concatenated text of its text nodes, with a map back to the original file.
struct ProseRun {
    enum Scope: String, Sendable {
        case prose, heading, quote
    }

    /// A piece of `bytes` copied from one place in the source.
    struct Segment {
        /// Offset of the piece in `bytes`.
        var offset: Int
        var length: Int
        /// 1-based source line and 0-based byte offset in that line.
        var line: Int
        var byte: Int
        /// False when the text differs from the source (entities, escapes, soft breaks):
        /// every byte then maps to the segment's start.
        var exact: Bool
    }

    var scope: Scope
    /// The heading this run sits under (its plain text), if any.
    var section: String?
    var bytes: [UInt8] = []
    var segments: [Segment] = []
    var tokens: [Token] = []

    init(scope: Scope, section: String?) {
        self.scope = scope
        self.section = section
    }

    mutating func append(_ text: some Collection<UInt8>, line: Int, byte: Int, exact: Bool) {
        guard !text.isEmpty else { return }
        segments.append(Segment(offset: bytes.count, length: text.count, line: line, byte: byte, exact: exact))
        bytes.append(contentsOf: text)
    }

    /// The source (line, byte) of the byte at `offset` in `bytes`.
    func sourcePosition(of offset: Int) -> (line: Int, byte: Int) {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        guard segments.indices.contains(low) else { return (1, 0) }
        let segment = segments[low]
        let delta = segment.exact ? min(offset - segment.offset, segment.length - 1) : 0
        return (segment.line, segment.byte + delta)
    }

    /// The lowercased text of tokens `range`, joined by single spaces.
    func words(_ range: Range<Int>) -> String {
        range.map { tokens[$0].text(in: bytes).lowercased() }.joined(separator: " ")
    }
}

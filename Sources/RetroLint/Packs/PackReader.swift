/// Reads the phrase packs' YAML without a YAML library: the packs use a small subset (nested
/// block mappings whose leaves are flow lists of words), and reading that subset byte by byte
/// takes microseconds where a general parser took milliseconds of every start.
///
/// Anything outside the subset (block lists, single quotes, escapes, anchors, tags, a plain word
/// that YAML would read as a number, boolean or null, a repeated key) makes `read` return nil, and
/// the caller falls back to the general parser: a pack edited in a way this reader does not know
/// is still read correctly, only slower. A test checks that the built-in packs never fall back
/// and that they read the same as the general parser reads them.
enum PackReader {
    /// A node of the subset.
    indirect enum Node: Equatable {
        case mapping([(key: String, value: Node)])
        case list([String])

        static func == (lhs: Node, rhs: Node) -> Bool {
            switch (lhs, rhs) {
            case (.list(let a), .list(let b)): a == b
            case (.mapping(let a), .mapping(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            default: false
            }
        }
    }

    /// The document's root mapping, or nil when the text leaves the subset.
    static func read(_ yaml: String) -> Node? {
        var reader = Cursor(bytes: Array(yaml.utf8))
        guard let root = reader.mapping(indent: 0), reader.atEnd else { return nil }
        return root
    }

    private struct Cursor {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool {
            mutating get {
                skipBlankAndCommentLines()
                return index >= bytes.count
            }
        }

        /// Keys at exactly `indent` spaces, each followed by a nested mapping or a flow list.
        mutating func mapping(indent: Int) -> Node? {
            var pairs: [(key: String, value: Node)] = []
            var seen = Set<String>()
            while true {
                skipBlankAndCommentLines()
                guard index < bytes.count else { break }
                let lineIndent = spaces(at: index)
                if lineIndent < indent { break }
                guard lineIndent == indent else { return nil }
                index += lineIndent
                guard let key = key(), seen.insert(key).inserted else { return nil }
                skipSpaces()
                let value: Node
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    guard let list = flowList(), endOfLine() else { return nil }
                    value = .list(list)
                } else {
                    guard endOfLine() else { return nil }
                    skipBlankAndCommentLines()
                    let childIndent = index < bytes.count ? spaces(at: index) : 0
                    // A key with nothing under it is null to YAML: outside the subset.
                    guard childIndent > indent, let child = mapping(indent: childIndent) else { return nil }
                    value = child
                }
                pairs.append((key, value))
            }
            return pairs.isEmpty ? nil : .mapping(pairs)
        }

        /// `name:` with a plain name of letters, digits, `.`, `_` and `-`.
        private mutating func key() -> String? {
            let start = index
            while index < bytes.count, Self.isKeyByte(bytes[index]) { index += 1 }
            guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            let key = String(decoding: bytes[start..<index], as: UTF8.self)
            index += 1
            guard index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A else { return nil }
            return Self.isPlainString(key) ? key : nil
        }

        /// The items of a flow list after its `[`, through its `]`.
        private mutating func flowList() -> [String]? {
            var items: [String] = []
            while true {
                skipFlowSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return items
                }
                guard let item = bytes[index] == UInt8(ascii: "\"") ? quoted() : plain() else { return nil }
                items.append(item)
                skipFlowSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] != UInt8(ascii: "]") {
                    return nil
                }
            }
        }

        /// A double-quoted word on one line, without escapes.
        private mutating func quoted() -> String? {
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") || bytes[end] == 0x0A { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            index = end + 1
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }

        /// A plain word on one line, up to `,`, `]` or a comment.
        private mutating func plain() -> String? {
            guard !Self.indicators.contains(bytes[index]) else { return nil }
            let start = index
            var end = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == 0x0A { break }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { break }
                // ": " or a colon before the end makes the item a mapping; braces and brackets nest.
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "[") || byte == 0x09 {
                    return nil
                }
                index += 1
                if byte != 0x20 { end = index }
            }
            // A plain item that runs on to the next line is folded by YAML: outside the subset.
            if index < bytes.count, bytes[index] == 0x0A { return nil }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            return Self.isPlainString(word) ? word : nil
        }

        private mutating func skipFlowSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A: index += 1
                case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A:
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                default: return
                }
            }
        }

        private mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        }

        /// Spaces, an optional comment, then a line break or the end.
        private mutating func endOfLine() -> Bool {
            skipSpaces()
            if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            }
            guard index == bytes.count || bytes[index] == 0x0A else { return false }
            if index < bytes.count { index += 1 }
            return true
        }

        private mutating func skipBlankAndCommentLines() {
            while index < bytes.count {
                let first = index + spaces(at: index)
                guard first == bytes.count || bytes[first] == 0x0A || bytes[first] == UInt8(ascii: "#") else { return }
                var end = first
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                index = min(end + 1, bytes.count)
            }
        }

        private func spaces(at start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] == 0x20 { end += 1 }
            return end - start
        }

        private static func isKeyByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// Bytes that cannot start a plain word, or start one of YAML's other constructs.
        private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`<=\t".utf8)

        /// Words YAML's core schema reads as booleans or null.
        private static let keywords: Set<String> = [
            "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "",
        ]

        /// Bytes a number or a timestamp is written with; a word starting with a digit, a sign or a
        /// dot is a plain string only when it holds some other byte.
        private static let numeric: Set<UInt8> = Set("0123456789abcdefABCDEFxXoO_.:+- tTzZ".utf8)

        /// True when YAML reads the plain `word` as a string, not a number, boolean or null.
        static func isPlainString(_ word: String) -> Bool {
            guard !keywords.contains(word), let first = word.utf8.first else { return false }
            let startsNumeric = (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
            return !startsNumeric || word.utf8.contains { !numeric.contains($0) }
        }
    }
}

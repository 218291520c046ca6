import Foundation

/// The most of one line the lint parses. cmark-gfm (Debian's 0.29.0.gfm.6) takes time quadratic
/// in the cells of a table row and memory in the autolinked e-mails of a line, so lines past
/// these limits are left out of parsing and reported as `lint.too-large`.
public struct LintLimits: Sendable, Equatable {
    /// The longest line parsed, in bytes (`RETRO_MAX_LINT_LINE_BYTES`, default 20,000).
    public var lineBytes: Int
    /// The most `|` on one line, the cells of a table row (`RETRO_MAX_LINT_TABLE_CELLS`, default 500).
    public var tableCells: Int

    public init(lineBytes: Int = 20_000, tableCells: Int = 500) {
        self.lineBytes = lineBytes
        self.tableCells = tableCells
    }

    /// The defaults, each replaced by its environment variable when that holds a positive whole number.
    public static var current: LintLimits { LintLimits(environment: ProcessInfo.processInfo.environment) }

    public init(environment: [String: String]) {
        self.init()
        func read(_ name: String) -> Int? { environment[name].flatMap { Int($0.replacingOccurrences(of: "_", with: "")) }.flatMap { $0 > 0 ? $0 : nil } }
        if let value = read("RETRO_MAX_LINT_LINE_BYTES") { lineBytes = value }
        if let value = read("RETRO_MAX_LINT_TABLE_CELLS") { tableCells = value }
    }
}

/// Prepares a file's text for parsing in one pass over its bytes: NUL bytes become spaces (cmark
/// turns each into a three-byte U+FFFD, which threw every position after it off), and lines past
/// `LintLimits` are emptied, each reported.
struct LintInputGuard {
    /// The text with NULs as spaces: what positions and quoted matches are taken from.
    var text: String
    /// `text` with the oversized lines emptied: what is parsed.
    var parsed: String
    var findings: [DocumentFinding] = []

    /// Oversized lines reported one by one; past this many, one more finding counts the rest.
    static let reportedLines = 20

    init(_ original: String, limits: LintLimits) {
        var hasNUL = false
        var oversized: [(line: Int, bytes: Int, cells: Int, range: Range<Int>)] = []
        var copy = original
        copy.withUTF8 { bytes in
            var line = 1, start = 0, pipes = 0
            func endLine(at end: Int) {
                if end - start > limits.lineBytes || pipes > limits.tableCells { oversized.append((line, end - start, pipes, start..<end)) }
            }
            for index in 0..<bytes.count {
                switch bytes[index] {
                case 0x0A:
                    endLine(at: index > start && bytes[index - 1] == 0x0D ? index - 1 : index)
                    line += 1
                    start = index + 1
                    pipes = 0
                // `\|` (how retro escapes a pipe in a table cell) divides no cells.
                case 0x7C where index == 0 || bytes[index - 1] != 0x5C: pipes += 1
                case 0x00: hasNUL = true
                default: break
                }
            }
            endLine(at: bytes.count)
        }
        text = hasNUL ? original.replacingOccurrences(of: "\u{0}", with: " ") : original
        guard !oversized.isEmpty else {
            parsed = text
            return
        }
        var bytes = Array(text.utf8)
        for item in oversized.reversed() { bytes.removeSubrange(item.range) }
        parsed = String(decoding: bytes, as: UTF8.self)
        for item in oversized.prefix(Self.reportedLines) {
            let what = item.bytes > limits.lineBytes
                ? "This line is \(item.bytes) bytes long, more than the lint reads (\(limits.lineBytes))"
                : "This line has \(item.cells) '|' (table cells), more than the lint reads (\(limits.tableCells))"
            findings.append(DocumentFinding(line: item.line, match: "", message: what + "; it was not checked. Break it up, or raise the limit with \(item.bytes > limits.lineBytes ? "RETRO_MAX_LINT_LINE_BYTES" : "RETRO_MAX_LINT_TABLE_CELLS")=<number>."))
        }
        if oversized.count > Self.reportedLines {
            let rest = oversized.count - Self.reportedLines
            findings.append(DocumentFinding(line: oversized[Self.reportedLines].line, match: "", message: "This line and \(rest - 1) more past it are too long or too wide to check, like the \(Self.reportedLines) reported before; none of them was checked."))
        }
    }
}

/// Literal search for ASCII markup (`<h2>`, `/>`) over UTF-8 bytes.
///
/// Foundation's `range(of:)` goes through UTF-16 and costs seconds on a page of many megabytes;
/// the needles here are plain ASCII tags, so a byte match is the same match.
extension Substring {
    func markupRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = utf8
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: first) {
            if bytes[start...].starts(with: pattern) { return start..<bytes.index(start, offsetBy: pattern.count) }
            from = bytes.index(after: start)
        }
        return nil
    }
}

extension String {
    func markupRange(of needle: String) -> Range<String.Index>? { self[...].markupRange(of: needle) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Literal search for ASCII markup (`<h2>`, `/>`) over UTF-8 bytes.
///
/// Foundation's `range(of:)` goes through UTF-16 and costs seconds on a page of many megabytes;
/// the needles here are plain ASCII tags, so a byte match is the same match.
extension Substring {
    func markupRange(of needle: String) -> Range<String.Index>? {
        let bytes = utf8
        let offset = bytes.withContiguousStorageIfAvailable { haystack -> Int? in
            needle.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
                guard let base = haystack.baseAddress, let first = pattern.baseAddress, !pattern.isEmpty else { return nil }
                var from = 0
                while haystack.count - from >= pattern.count,
                    let hit = memchr(base + from, Int32(pattern[0]), haystack.count - from - pattern.count + 1)
                {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + at, first, pattern.count) == 0 { return at }
                    from = at + 1
                }
                return nil
            } ?? nil
        }
        if let offset {
            guard let found = offset else { return nil }
            let start = bytes.index(bytes.startIndex, offsetBy: found)
            return start..<bytes.index(start, offsetBy: needle.utf8.count)
        }
        return slowRange(of: Array(needle.utf8))
    }

    /// For text without contiguous UTF-8 storage (bridged strings).
    private func slowRange(of pattern: [UInt8]) -> Range<String.Index>? {
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

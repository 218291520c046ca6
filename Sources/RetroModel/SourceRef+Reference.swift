extension SourceRef {
    /// Reads a reference as the incident file writes it: `file#index`, `file:line` or `file`.
    public init?(reference: String) {
        var file = reference
        var index: Int?
        var line: Int?
        if let hash = reference.lastIndex(of: "#"), let n = Int(reference[reference.index(after: hash)...]), n >= 0 {
            file = String(reference[..<hash])
            index = n
        } else if let colon = reference.lastIndex(of: ":"), let n = Int(reference[reference.index(after: colon)...]), n > 0 {
            file = String(reference[..<colon])
            line = n
        }
        guard !file.isEmpty else { return nil }
        self.init(file: file, index: index, line: line)
    }

    /// Whether this reference, written by hand, names the record `other` came from. The file may be
    /// given as its path inside the export or beside the incident file, so a trailing match of whole
    /// path components counts; an index or line given must be the same.
    public func names(_ other: SourceRef) -> Bool {
        if let index, other.index != index { return false }
        if let line, other.line != line { return false }
        if index == nil, line == nil, other.index != nil || other.line != nil { return false }
        let mine = file.split(separator: "/").filter { $0 != "." }
        let theirs = other.file.split(separator: "/").filter { $0 != "." }
        guard !mine.isEmpty, mine.count <= theirs.count else { return false }
        return Array(theirs.suffix(mine.count)) == Array(mine)
    }
}

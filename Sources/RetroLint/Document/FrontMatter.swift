/// YAML front matter (`---` … `---` or `...`) or TOML front matter (`+++` … `+++`) at the top of
/// the file, which the lint never reads. HTML comment lines may come first (a provenance or
/// licence comment above the front matter).
enum FrontMatter {
    /// `text` with the front matter's lines blanked, so that line numbers still point into the
    /// original file; unchanged when there is none.
    static func blanked(_ text: String) -> String {
        guard text.hasPrefix("---") || text.hasPrefix("+++") || text.hasPrefix("<!--") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let open = openingLine(of: lines) else { return text }
        let fence = lines[open].trimmingTrailingSpace
        let closers: Set<Substring> = fence == "+++" ? ["+++"] : ["---", "..."]
        for index in lines.indices.dropFirst(open + 1) where closers.contains(lines[index].trimmingTrailingSpace) {
            for blank in open...index { lines[blank] = "" }
            return lines.joined(separator: "\n")
        }
        return text
    }

    /// The line of the opening `---` or `+++`: the first line after any HTML comment lines.
    private static func openingLine(of lines: [Substring]) -> Int? {
        var inComment = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingTrailingSpace
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed == "---" || trimmed == "+++" { return index }
            guard trimmed.hasPrefix("<!--") else { return nil }
            // A comment with text after its end is a paragraph, not a comment line.
            if let end = trimmed.range(of: "-->") {
                guard trimmed[end.upperBound...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            } else {
                inComment = true
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}

/// YAML front matter (`---` … `---` or `...` at the very top), which the lint never reads.
enum FrontMatter {
    /// `text` with the front matter's lines blanked, so that line numbers still point into the
    /// original file; unchanged when there is none.
    static func blanked(_ text: String) -> String {
        guard text.hasPrefix("---") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpace == "---" else { return text }
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmingTrailingSpace
            if line == "---" || line == "..." {
                for blank in 0...index { lines[blank] = "" }
                return lines.joined(separator: "\n")
            }
        }
        return text
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}

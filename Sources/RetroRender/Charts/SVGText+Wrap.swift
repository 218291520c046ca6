extension SVGText {
    /// Breaks `text` into at most `maxLines` lines of at most `width` characters, at spaces where
    /// possible; when it does not fit, the last line ends with an ellipsis.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        let width = max(width, 4)
        var lines: [String] = []
        var current = ""
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.count > width {
                // A word longer than a line is cut where the line ends.
                let room = current.isEmpty ? width : width - current.count - 1
                if room >= 4 {
                    current += (current.isEmpty ? "" : " ") + word.prefix(room)
                    words[index] = String(word.dropFirst(room))
                }
                lines.append(current)
                current = ""
                continue
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
            index += 1
        }
        if !current.isEmpty { lines.append(current) }
        lines.removeAll { $0.isEmpty }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        let last = kept[maxLines - 1]
        kept[maxLines - 1] = (last.count < width ? last : String(last.prefix(width - 1))) + "…"
        return kept
    }
}

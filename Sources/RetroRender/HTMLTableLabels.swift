/// Labels each body cell of cmark's tables with its column's header text (`data-label`), so the
/// phone stylesheet can show a table as one labelled card per row.
///
/// The header texts are cmark's escaped HTML with the tags taken out, so they carry no `"` or `<`
/// of their own and are safe inside a quoted attribute.
enum HTMLTableLabels {
    static func add(_ html: String) -> String {
        guard html.markupRange(of: "<table>") != nil else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var rest = html[...]
        while let table = rest.markupRange(of: "<table>"), let end = rest[table.upperBound...].markupRange(of: "</table>") {
            out += rest[..<table.upperBound]
            out += labelled(rest[table.upperBound..<end.lowerBound])
            out += rest[end.lowerBound..<end.upperBound]
            rest = rest[end.upperBound...]
        }
        out += rest
        return out
    }

    /// One table's inside: headers read from `<thead>`, every `<td` after it labelled in turn.
    private static func labelled(_ table: Substring) -> String {
        guard let headEnd = table.markupRange(of: "</thead>") else { return String(table) }
        let labels = headers(table[..<headEnd.lowerBound])
        guard !labels.isEmpty else { return String(table) }
        var out = String(table[..<headEnd.upperBound])
        var rest = table[headEnd.upperBound...]
        var column = 0
        while let tag = rest.markupRange(of: "<t") {
            let next = rest[tag.upperBound...].utf8.first
            out += rest[..<tag.upperBound]
            rest = rest[tag.upperBound...]
            if next == UInt8(ascii: "r") {
                column = 0
            } else if next == UInt8(ascii: "d") {
                out += "d data-label=\"\(column < labels.count ? labels[column] : "")\""
                rest = rest.dropFirst()
                column += 1
            }
        }
        return out + rest
    }

    /// The text of each `<th>…</th>`, tags removed.
    private static func headers(_ head: Substring) -> [String] {
        var labels: [String] = []
        var rest = head
        while let open = rest.markupRange(of: "<th") {
            // `<thead>` starts with `<th` too: a header cell's tag is `<th>` or `<th align=…>`.
            guard let first = rest[open.upperBound...].utf8.first, first == UInt8(ascii: ">") || first == UInt8(ascii: " "),
                let close = rest[open.upperBound...].markupRange(of: "</th>")
            else {
                rest = rest[open.upperBound...]
                continue
            }
            let cell = rest[open.upperBound..<close.lowerBound]
            let inner = cell.firstIndex(of: ">").map { cell[cell.index(after: $0)...] } ?? cell
            labels.append(text(inner))
            rest = rest[close.upperBound...]
        }
        return labels
    }

    private static func text(_ html: Substring) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character == "\"" ? "'" : character) }
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

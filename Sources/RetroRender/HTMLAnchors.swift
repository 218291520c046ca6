/// Gives each `<h2>` of rendered HTML an `id`, and lists them for the table of contents.
///
/// Works on cmark's output, where untrusted text is already escaped, so a literal `<h2>` can
/// only be a real heading.
enum HTMLAnchors {
    struct Entry: Equatable {
        var anchor: String
        var title: String
    }

    static func addIDs(_ html: String) -> (html: String, toc: [Entry]) {
        var out = ""
        var toc: [Entry] = []
        var used: [String: Int] = [:]
        var rest = Substring(html)
        while let open = rest.markupRange(of: "<h2>"), let close = rest[open.upperBound...].markupRange(of: "</h2>") {
            let inner = rest[open.upperBound..<close.lowerBound]
            let title = decodeEntities(stripTags(String(inner)))
            var anchor = slug(title)
            if let n = used[anchor] {
                used[anchor] = n + 1
                anchor += "-\(n + 1)"
            } else {
                used[anchor] = 1
            }
            out += rest[..<open.lowerBound]
            out += "<h2 id=\"\(anchor)\">" + inner + "</h2>"
            toc.append(Entry(anchor: anchor, title: title))
            rest = rest[close.upperBound...]
        }
        out += rest
        return (out, toc)
    }

    /// `Follow-ups` → `follow-ups`; letters and digits kept, everything else a single dash.
    static func slug(_ text: String) -> String {
        var result = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { result.append(ch) } else if !result.isEmpty, result.last != "-" { result.append("-") }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "section" : result
    }

    private static func stripTags(_ text: String) -> String {
        var out = ""
        var inTag = false
        for ch in text {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation

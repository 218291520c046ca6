import Foundation

/// Readable text from the HTML that Teams stores in message bodies.
///
/// Tags are dropped; `<at>` mentions become `@Name`, emoji and images keep their `alt`, links keep
/// their target, and block elements (`<p>`, `<div>`, `<br>`, list items) become line breaks.
enum HTMLText {
    static func convert(_ html: String) -> String {
        var out = ""
        var links: [String?] = []
        var linkStart: [String.Index] = []
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = html[i...].firstIndex(of: ">") {
                let tag = html[html.index(after: i)..<close]
                let closing = tag.hasPrefix("/")
                let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                switch name {
                case "br": out += "\n"
                case "p", "div", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "codeblock":
                    out += "\n"
                case "li": if !closing { out += "\n• " }
                case "td", "th": if closing { out += " " }
                case "at": if !closing { out += "@" }
                case "emoji":
                    if let alt = attribute("alt", in: tag) { out += decode(alt) }
                case "img":
                    // Teams writes emoji as images typed Emoji; any other image is a picture that was shared.
                    if attribute("itemtype", in: tag)?.contains("Emoji") == true, let alt = attribute("alt", in: tag) {
                        out += decode(alt)
                    } else if let alt = attribute("alt", in: tag).map(decode), !alt.isEmpty, alt.lowercased() != "image" {
                        out += "[image: \(alt)]"
                    } else {
                        out += "[image]"
                    }
                case "a":
                    if closing {
                        if let href = links.popLast() ?? nil, let start = linkStart.popLast() {
                            let label = out[start...]
                            if !href.isEmpty, label != href { out += " (\(href))" }
                        }
                    } else {
                        links.append(attribute("href", in: tag).map(decode))
                        linkStart.append(out.endIndex)
                    }
                default: break
                }
                i = html.index(after: close)
            } else if c == "&", let semicolon = html[i...].prefix(10).firstIndex(of: ";"),
                      let decoded = entity(String(html[html.index(after: i)..<semicolon])) {
                out += decoded
                i = html.index(after: semicolon)
            } else {
                out.append(c)
                i = html.index(after: i)
            }
        }
        return tidy(out)
    }

    /// Decodes the entities in attribute values and plain text.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return convert(text.replacingOccurrences(of: "<", with: "&lt;"))
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        for quote in ["\"", "'"] {
            if let range = tag.range(of: " \(name)=\(quote)") {
                let rest = tag[range.upperBound...]
                if let end = rest.firstIndex(of: Character(quote)) { return String(rest[..<end]) }
            }
        }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'", "ndash": "–", "mdash": "—", "hellip": "…",
    ]

    private static func entity(_ name: String) -> String? {
        if let known = named[name] { return known }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String($0) }
    }

    /// Trims each line and collapses runs of blank lines left by nested blocks.
    private static func tidy(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.trimmingCharacters(in: .whitespaces)
        }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}

import Foundation

/// The text a reader of an HTML page sees: its `<title>`, headings and body text, with tags,
/// comments and style sheets blanked and character references decoded. Line breaks are kept, so
/// a finding in it has the page's own line number.
public enum PageText {
    public static func visible(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += decoded(rest[..<open])
            let tail = rest[open...]
            let closer: String
            if tail.hasPrefix("<!--") {
                closer = "-->"
            } else if tail.lowercased().hasPrefix("<style") {
                closer = "</style>"
            } else if tail.lowercased().hasPrefix("<script") {
                closer = "</script>"
            } else {
                closer = ">"
            }
            let end = tail.range(of: closer, options: .caseInsensitive)?.upperBound ?? tail.endIndex
            // A tag reads as a break between words; its own line breaks stay.
            out += " " + tail[..<end].filter { $0 == "\n" }
            rest = tail[end...]
        }
        out += decoded(rest)
        return out
    }

    /// `&amp;`, `&lt;`, `&#39;`, `&#x2F;` and the other references retro writes, decoded.
    static func decoded(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let semi = tail.prefix(12).firstIndex(of: ";"), let character = reference(String(tail[tail.index(after: amp)..<semi])) {
                out.append(character)
                rest = tail[tail.index(after: semi)...]
            } else {
                out.append("&")
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }

    private static func reference(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default: break
        }
        let number: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            number = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            number = UInt32(name.dropFirst())
        } else {
            number = nil
        }
        return number.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}

import RetroMarkdown

/// Links to validated http(s) URLs in generated Markdown.
enum MarkdownLink {
    /// `[label](url)` with the label escaped and the URL's characters that end a link destination encoded;
    /// anything that is not http(s) becomes plain escaped text.
    static func make(_ label: String, _ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return MarkdownEscape.inline(url) }
        var encoded = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": encoded += "%20"
            case "(": encoded += "%28"
            case ")": encoded += "%29"
            case "<": encoded += "%3C"
            case ">": encoded += "%3E"
            case "\"": encoded += "%22"
            case "\\": encoded += "%5C"
            case "|": encoded += "%7C"
            default:
                if scalar.value < 0x21 || scalar.value == 0x7F { continue }
                encoded.unicodeScalars.append(scalar)
            }
        }
        return "[\(MarkdownEscape.inline(label))](\(encoded))"
    }

    /// `[label](#anchor)`: a link inside the page. The anchor keeps only letters, digits and dashes.
    static func fragment(_ label: String, _ anchor: String) -> String {
        let safe = String(anchor.lowercased().unicodeScalars.filter { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
        return "[\(MarkdownEscape.inline(label))](#\(safe.isEmpty ? "top" : safe))"
    }

    /// The last path component of a tracker URL, as a short label (`PAY-1234`).
    static func shortLabel(_ url: String) -> String {
        let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
        let last = trimmed.split(separator: "/").last.map(String.init) ?? url
        return last.isEmpty || last.contains(":") ? "link" : last
    }
}

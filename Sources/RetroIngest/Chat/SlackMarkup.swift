/// Turns Slack mrkdwn (`<@U123>`, `<#C1|name>`, `<https://x|label>`, `:fire:`, `&amp;`) into readable text.
///
/// One pass over the text's Unicode scalars, so long exports stay linear.
struct SlackMarkup: Sendable {
    /// User id → display name.
    var users: [String: String] = [:]
    /// Channel id → channel name.
    var channels: [String: String] = [:]

    func convert(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == ":" || $0 == "&" }) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "<", let close = scalars[i...].firstIndex(of: ">") {
                let inner = String(scalars[scalars.index(after: i)..<close])
                out.append(contentsOf: reference(inner).unicodeScalars)
                i = scalars.index(after: close)
            } else if c == "&", let (decoded, next) = entity(scalars, at: i) {
                out.append(decoded)
                i = next
            } else if c == ":", let (emoji, next) = self.emoji(scalars, at: i) {
                out.append(contentsOf: emoji.unicodeScalars)
                i = next
            } else {
                out.append(c)
                i = scalars.index(after: i)
            }
        }
        return String(out)
    }

    /// The readable form of one `<…>` reference.
    private func reference(_ inner: String) -> String {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let target = String(parts[0])
        let label = parts.count > 1 ? Self.unescape(String(parts[1])) : ""
        if target.hasPrefix("@") {
            let id = String(target.dropFirst())
            return "@" + (label.isEmpty ? users[id] ?? id : label)
        }
        if target.hasPrefix("#") {
            let id = String(target.dropFirst())
            return "#" + (label.isEmpty ? channels[id] ?? id : label)
        }
        if target.hasPrefix("!") {
            let command = target.dropFirst()
            if command.hasPrefix("subteam^") {
                if label.isEmpty { return "@" + command.dropFirst("subteam^".count) }
                return label.hasPrefix("@") ? label : "@" + label
            }
            if command.hasPrefix("date^") {
                return label.isEmpty ? String(command) : label
            }
            if ["here", "channel", "everyone"].contains(command) { return "@" + command }
            return label.isEmpty ? "@" + command : label
        }
        let url = Self.unescape(target)
        if url.hasPrefix("mailto:") || url.hasPrefix("tel:") {
            return label.isEmpty ? String(url.drop(while: { $0 != ":" }).dropFirst()) : label
        }
        if label.isEmpty || label == url || "https://" + label == url || "http://" + label == url { return url }
        return "\(label) (\(url))"
    }

    private func entity(_ s: String.UnicodeScalarView, at i: String.UnicodeScalarView.Index) -> (Unicode.Scalar, String.UnicodeScalarView.Index)? {
        for (name, scalar) in Self.entities {
            if s[i...].starts(with: name.unicodeScalars) {
                return (scalar, s.index(i, offsetBy: name.unicodeScalars.count))
            }
        }
        return nil
    }

    private static let entities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")]

    /// `:name:` → the emoji when the table knows it; skin-tone modifiers that follow are dropped.
    private func emoji(_ s: String.UnicodeScalarView, at i: String.UnicodeScalarView.Index) -> (String, String.UnicodeScalarView.Index)? {
        var j = s.index(after: i)
        var name = ""
        while j < s.endIndex, s[j] != ":", name.unicodeScalars.count < 64 {
            let c = s[j]
            guard c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "+" || c == "'" else { return nil }
            name.unicodeScalars.append(c)
            j = s.index(after: j)
        }
        guard j < s.endIndex, s[j] == ":", let emoji = SlackEmoji.table[name] else { return nil }
        var next = s.index(after: j)
        let tone = ":skin-tone-"
        if s[next...].starts(with: tone.unicodeScalars) {
            let afterTone = s.index(next, offsetBy: tone.unicodeScalars.count)
            if afterTone < s.endIndex, let close = s[afterTone...].firstIndex(of: ":"), s.distance(from: afterTone, to: close) == 1 {
                next = s.index(after: close)
            }
        }
        return (emoji, next)
    }

    /// Undoes Slack's three entities in a label or URL.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

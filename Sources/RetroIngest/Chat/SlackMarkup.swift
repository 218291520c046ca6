/// Turns Slack mrkdwn (`<@U123>`, `<#C1|name>`, `<https://x|label>`, `:fire:`, `&amp;`) into readable text.
///
/// One pass over the text's UTF-8 bytes, so long exports stay linear.
struct SlackMarkup: Sendable {
    /// User id → display name.
    var users: [String: String] = [:]
    /// Channel id → channel name.
    var channels: [String: String] = [:]

    func convert(_ text: String) -> String {
        let isMarkup = { (byte: UInt8) in byte == Self.lt || byte == Self.colon || byte == Self.amp }
        // Native strings are contiguous: a plain loop over the buffer is much faster than over the view.
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isMarkup) }) ?? text.utf8.contains(where: isMarkup) else { return text }
        var copy = text
        return copy.withUTF8(convert)
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), colon = UInt8(ascii: ":"), amp = UInt8(ascii: "&")

    /// Works on UTF-8 bytes: every delimiter is ASCII, so multi-byte characters pass through untouched.
    private func convert(_ s: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 32)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == Self.lt, let close = s[(i + 1)...].firstIndex(of: Self.gt) {
                let inner = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<close]), as: UTF8.self)
                out.append(contentsOf: reference(inner).utf8)
                i = close + 1
            } else if c == Self.amp, let (decoded, next) = entity(s, at: i) {
                out.append(decoded)
                i = next
            } else if c == Self.colon, let (emoji, next) = self.emoji(s, at: i) {
                out.append(contentsOf: emoji.utf8)
                i = next
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The readable form of one `<…>` reference.
    private func reference(_ inner: String) -> String {
        let bar = inner.utf8.firstIndex(of: UInt8(ascii: "|"))
        let target = String(inner[..<(bar ?? inner.endIndex)])
        let label = bar.map { Self.unescape(String(inner[inner.index(after: $0)...])) } ?? ""
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

    private func entity(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        for (name, byte) in Self.entities where s.count - i >= name.count {
            if zip(name, s[i...]).allSatisfy({ $0 == $1 }) { return (byte, i + name.count) }
        }
        return nil
    }

    private static let entities: [([UInt8], UInt8)] = [(Array("&amp;".utf8), amp), (Array("&lt;".utf8), lt), (Array("&gt;".utf8), gt)]
    private static let skinTone = Array(":skin-tone-".utf8)

    /// `:name:` → the emoji when the table knows it; a skin-tone modifier that follows is dropped.
    private func emoji(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, Int)? {
        var j = i + 1
        while j < s.count, s[j] != Self.colon, j - i <= 64 {
            let c = s[j]
            let allowed = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "'")
            guard allowed else { return nil }
            j += 1
        }
        guard j < s.count, j > i + 1, s[j] == Self.colon else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<j]), as: UTF8.self)
        guard let emoji = SlackEmoji.table[name] else { return nil }
        var next = j + 1
        let toneEnd = next + Self.skinTone.count
        if toneEnd + 1 < s.count, zip(Self.skinTone, s[next...]).allSatisfy({ $0 == $1 }), s[toneEnd + 1] == Self.colon {
            next = toneEnd + 2
        }
        return (emoji, next)
    }

    /// Undoes Slack's three entities in a label or URL.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(amp) else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

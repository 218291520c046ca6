import RetroModel

/// Escaping and fixed number formatting for SVG output: same input, same bytes, on every machine.
enum SVGText {
    /// Escapes text for element content and attribute values; control characters XML forbids become
    /// U+FFFD, and escape sequences' other parts, DEL, C1 controls and bidi overrides are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value == 0x1B || scalar.value == 0x07 || (TerminalText.isUnsafe(scalar) && scalar.value >= 0x20) {
                    continue
                } else if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) || (0xD800...0xDFFF).contains(scalar.value) {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Shortens text to `limit` characters with an ellipsis.
    static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// `value` with exactly `decimals` digits after the point, no locale, no exponent, no `-0`.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "+Inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e18 else { return String(value) }
        let n = Int64(scaled)
        let negative = value < 0 && n != 0
        var digits = String(n)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return negative ? "-" + digits : digits
    }

    /// A coordinate: one decimal.
    static func coord(_ value: Double) -> String { fixed(value, 1) }
}

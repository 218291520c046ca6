import Foundation

/// A JSON value that keeps its keys in the order written, for stable machine output.
indirect enum LintJSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([LintJSON])
    case object([(String, LintJSON)])

    static func optional(_ text: String?) -> LintJSON { text.map(LintJSON.string) ?? .null }

    /// Compact rendering, or indented with two spaces.
    func rendered(pretty: Bool = true, indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let text): return Self.quote(text)
        case .int(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            guard pretty else { return "[" + items.map { $0.rendered(pretty: false) }.joined(separator: ",") + "]" }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            guard pretty else {
                return "{" + fields.map { Self.quote($0.0) + ":" + $0.1.rendered(pretty: false) }.joined(separator: ",") + "}"
            }
            return "{\n" + fields.map { inner + Self.quote($0.0) + ": " + $0.1.rendered(indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)}"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let s where s.value < 0x20: result += String(format: "\\u%04x", s.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

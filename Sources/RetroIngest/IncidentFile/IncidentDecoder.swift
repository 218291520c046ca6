import Foundation
import RetroModel

/// Reads an incident file's node tree into an `Incident`, collecting every problem instead of
/// stopping at the first, so that `retro validate` can list them all.
struct IncidentDecoder {
    let file: String
    var problems: [InputError] = []
    /// Zone for times written without an offset; set once `timezone` is read.
    var zone: TimeZone?

    init(file: String) { self.file = file }

    mutating func problem(_ node: DocumentNode, _ message: String, hint: String? = nil) {
        problems.append(InputError(path: file, line: node.line, column: node.column, jsonPath: node.path, message, hint: hint))
    }

    /// The mapping's entries by key, reporting unknown keys with a "did you mean" and missing required ones.
    mutating func fields(_ node: DocumentNode, known: [String], required: [String] = [], what: String) -> [String: DocumentNode]? {
        guard case .mapping(let pairs) = node.value else {
            if case .null = node.value, required.isEmpty { return [:] }
            problem(node, "Expected \(what) as a mapping of keys to values, found \(node.kindName).")
            return nil
        }
        var result: [String: DocumentNode] = [:]
        for pair in pairs {
            if !known.contains(pair.key) {
                var keyNode = pair.keyNode
                keyNode.path = DocumentNode.child(node.path, pair.key)
                let hint = Suggest.closest(to: pair.key, in: known).map { "did you mean '\($0)'?" }
                    ?? "known keys here: \(known.joined(separator: ", "))"
                problem(keyNode, "Unknown key '\(pair.key)' in \(what).", hint: hint)
                continue
            }
            if result[pair.key] != nil {
                problem(pair.keyNode, "The key '\(pair.key)' appears twice in \(what).", hint: "keep one")
            }
            result[pair.key] = pair.value
        }
        for key in required where result[key] == nil || result[key].map(isNull) == true {
            problem(node, "\(what.prefix(1).uppercased() + what.dropFirst()) has no '\(key)', which is required.", hint: "add '\(key): …'")
        }
        return result
    }

    func isNull(_ node: DocumentNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }

    mutating func string(_ node: DocumentNode?) -> String? {
        guard let node else { return nil }
        switch node.value {
        case .null: return nil
        case .scalar(let text, _): return text
        default:
            problem(node, "Expected text, found \(node.kindName).", hint: "quote the value if it contains ':' or starts with '['")
            return nil
        }
    }

    /// Text that must not be blank when present.
    mutating func text(_ node: DocumentNode?) -> String? {
        guard let value = string(node) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, let node {
            problem(node, "The value is empty.", hint: "write it, or remove the key")
            return nil
        }
        return value
    }

    mutating func strings(_ node: DocumentNode?) -> [String] {
        guard let node else { return [] }
        switch node.value {
        case .null: return []
        case .sequence(let items): return items.compactMap { text($0) }
        case .scalar(let value, _): return [value]
        default:
            problem(node, "Expected a list of texts, found \(node.kindName).")
            return []
        }
    }

    mutating func list(_ node: DocumentNode?, what: String) -> [DocumentNode] {
        guard let node else { return [] }
        switch node.value {
        case .null: return []
        case .sequence(let items): return items
        default:
            problem(node, "Expected \(what) as a list (each item starting with '- '), found \(node.kindName).")
            return []
        }
    }

    mutating func bool(_ node: DocumentNode?) -> Bool? {
        guard let node, let value = string(node) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            problem(node, "Expected true or false, found '\(value)'.")
            return nil
        }
    }

    mutating func number(_ node: DocumentNode?) -> Double? {
        guard let node, let value = string(node) else { return nil }
        guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else {
            problem(node, "Expected a number, found '\(value)'.")
            return nil
        }
        return number
    }

    mutating func date(_ node: DocumentNode?) -> Date? {
        guard let node, let value = string(node) else { return nil }
        let hasZone = value.hasSuffix("Z") || value.hasSuffix("z") || value.range(of: #"[+-]\d\d(:?\d\d)?$"#, options: .regularExpression) != nil
        if !hasZone, zone == nil {
            problem(node, "The time '\(value)' has no zone, and the incident file sets no 'timezone'.", hint: "end it with 'Z' for UTC or an offset such as '+01:00'")
            return nil
        }
        guard value.contains("T") || value.contains(" "), let date = Timestamp.parse(value, zone: zone) else {
            problem(node, "'\(value)' is not a time retro can read.", hint: "write ISO-8601 such as '2026-03-14T09:02:00Z' or '2026-03-14T10:02:00+01:00'")
            return nil
        }
        return date
    }

    /// A calendar date `YYYY-MM-DD`, kept as written.
    mutating func calendarDate(_ node: DocumentNode?) -> String? {
        guard let node, let value = string(node) else { return nil }
        let parts = value.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil,
              parts[1].count == 2, parts[2].count == 2, (1...12).contains(month), (1...31).contains(day)
        else {
            problem(node, "'\(value)' is not a date.", hint: "write it as YYYY-MM-DD, such as '2026-04-15'")
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: DocumentNode?, _ type: T.Type, what: String) -> T? where T.RawValue == String {
        guard let node, let value = string(node) else { return nil }
        if let parsed = T(rawValue: value) ?? T(rawValue: value.lowercased()) { return parsed }
        let names = T.allCases.map(\.rawValue)
        let hint = Suggest.closest(to: value, in: names).map { "did you mean '\($0)'?" } ?? "use one of: \(names.joined(separator: ", "))"
        problem(node, "'\(value)' is not a \(what).", hint: hint)
        return nil
    }
}

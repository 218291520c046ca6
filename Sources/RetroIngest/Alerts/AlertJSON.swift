import Foundation
import RetroModel

/// A JSON value read from an alert payload, with the path that reached it, so every error can say
/// exactly where it happened (`$.log_entries[3].created_at`).
struct AlertJSON {
    let value: Any?
    let path: String
    let file: String
    /// The line of a JSON-lines file the value sits on; nil for whole-file JSON.
    let line: Int?

    init(_ value: Any?, path: String = "$", file: String, line: Int? = nil) {
        self.value = value
        self.path = path
        self.file = file
        self.line = line
    }

    subscript(key: String) -> AlertJSON {
        AlertJSON((value as? [String: Any])?[key], path: "\(path).\(key)", file: file, line: line)
    }

    subscript(index: Int) -> AlertJSON {
        let items = value as? [Any]
        let item = items.flatMap { index < $0.count ? $0[index] : nil }
        return AlertJSON(item, path: "\(path)[\(index)]", file: file, line: line)
    }

    /// Where this value is, for errors and skips.
    var location: SourceLocation { SourceLocation(path: file, line: line, jsonPath: path) }

    /// A reference to the record at this value, for the events read from it.
    func reference(index: Int, url: String? = nil) -> SourceRef { SourceRef(file: file, index: index, line: line, url: url) }

    var isMissing: Bool { value == nil || value is NSNull }
    var object: [String: Any]? { value as? [String: Any] }
    var items: [AlertJSON]? {
        guard let array = value as? [Any] else { return nil }
        return array.indices.map { self[$0] }
    }

    /// A string, or a number written as text (several tools send ids and counts either way).
    var string: String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber, !JSONBool.isBool(value) { return number.stringValue }
        return nil
    }

    /// A non-empty string after trimming, or nil.
    var text: String? {
        guard let raw = string?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        return raw
    }

    /// An integer given as a JSON number or as a decimal string (Opsgenie's legacy payloads).
    var int64: Int64? {
        if let text = value as? String { return Int64(text.trimmingCharacters(in: .whitespaces)) }
        if let number = value as? NSNumber, !JSONBool.isBool(value) {
            let double = number.doubleValue
            guard double.isFinite, abs(double) < 9.2e18 else { return nil }
            return number.int64Value
        }
        return nil
    }

    func error(_ message: String, hint: String? = nil) -> InputError {
        InputError(location, message, hint: hint)
    }

    func requireObject(what: String) throws -> [String: Any] {
        guard let object else { throw error("Expected \(what) (a JSON object) here, found \(describe()).") }
        return object
    }

    func requireItems(what: String) throws -> [AlertJSON] {
        guard let items else { throw error("Expected \(what) (a JSON array) here, found \(describe()).") }
        return items
    }

    func requireText(what: String) throws -> String {
        guard let text else { throw error("'\(lastKey)' (\(what)) is missing or empty.") }
        return text
    }

    /// An ISO-8601 time; missing or unreadable values are errors that quote the value.
    func requireTime(zone: TimeZone? = nil) throws -> Date {
        guard let raw = string, !raw.isEmpty else {
            throw error("'\(lastKey)' is missing; retro needs it to place the event in time.")
        }
        guard let date = Timestamp.parse(raw, zone: zone) else {
            throw error("'\(raw)' is not a time retro can read.", hint: "use ISO-8601 such as 2025-01-10T09:15:00Z")
        }
        return date
    }

    /// The last key or index of the path, for messages.
    var lastKey: String {
        if let dot = path.lastIndex(of: ".") { return String(path[path.index(after: dot)...]) }
        return path
    }

    func describe() -> String {
        switch value {
        case nil, is NSNull: return "nothing"
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "a number or boolean"
        }
    }
}

import Foundation
import RetroModel

/// JSON helpers shared by the chat parsers: loading with a located error, and typed field access.
enum ChatJSON {
    /// Parses `data` as JSON; a syntax error becomes an InputError at the line and column found.
    static func load(_ data: Data, path: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            let offset = characterOffset(in: detail) ?? data.count
            let (line, column) = lineAndColumn(of: offset, in: data)
            let truncated = detail.contains("end of file") ? " The file may be truncated." : ""
            throw InputError(
                path: path, line: line, column: column,
                "The file is not valid JSON: \(detail)\(truncated)", hint: "re-export the file or check it with a JSON validator")
        }
    }

    /// The parsed JSON of `input`, or a located error when it is not valid JSON.
    static func load(_ input: SourceInput) throws -> Any {
        if let json = input.json { return json }
        guard let data = input.data else {
            throw InputError(path: input.displayPath, "A folder was given where a JSON file was expected.")
        }
        return try load(data, path: input.displayPath)
    }

    /// True when the bytes start (after whitespace or a BOM) with `{` or `[`.
    static func looksLikeJSON(_ data: Data?) -> Bool {
        guard let data, let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// The first `limit` bytes as text, for sniffing files that failed to parse (truncated exports).
    static func head(_ data: Data?, limit: Int = 4096) -> String {
        guard let data else { return "" }
        return String(decoding: data.prefix(limit), as: UTF8.self)
    }

    static func characterOffset(in detail: String) -> Int? {
        guard let range = detail.range(of: "character ") else { return nil }
        let digits = detail[range.upperBound...].prefix(while: { $0.isNumber })
        return Int(digits)
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for (i, byte) in data.enumerated() {
            if i >= offset { break }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// Typed reads from a decoded JSON object. JSONSerialization hands numbers and booleans back as
/// NSNumber, so booleans are told apart by their type, not by `as? Bool`.
extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) -> String? { self[key] as? String }

    /// A non-empty string.
    func text(_ key: String) -> String? {
        guard let value = self[key] as? String, !value.isEmpty else { return nil }
        return value
    }

    func object(_ key: String) -> [String: Any]? { self[key] as? [String: Any] }

    func array(_ key: String) -> [Any]? { self[key] as? [Any] }

    func objects(_ key: String) -> [[String: Any]] { (self[key] as? [Any])?.compactMap { $0 as? [String: Any] } ?? [] }

    func bool(_ key: String) -> Bool {
        if let number = self[key] as? NSNumber { return number.boolValue }
        if let text = self[key] as? String { return text == "true" }
        return false
    }

    /// An integer given as a number or as a string of digits.
    func int64(_ key: String) -> Int64? {
        if let number = self[key] as? NSNumber { return number.int64Value }
        if let text = self[key] as? String { return Int64(text) }
        return nil
    }

    /// Reads a key ignoring case: .NET exporters write `CreatedDateTime` where Graph writes `createdDateTime`.
    func anyCase(_ key: String) -> Any? {
        if let value = self[key] { return value }
        let lowered = key.lowercased()
        return first(where: { $0.key.lowercased() == lowered })?.value
    }
}

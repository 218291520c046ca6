import Foundation
import RetroModel

/// How alert files hold their payloads: one webhook body, an array of bodies collected by a
/// receiver, or JSON lines (one body per line, as request loggers write them).
enum AlertPayloads {
    /// The first payload object, for detection. Cheap: JSON lines are read up to the first line only.
    static func first(_ input: SourceInput) -> AlertJSON? {
        if let root = input.json {
            let node = AlertJSON(root, file: input.displayPath)
            if node.object != nil { return node }
            if let items = node.items, let first = items.first, first.object != nil { return first }
            return nil
        }
        guard let data = input.data, startsWithBrace(data) else { return nil }
        let firstLine = data.prefix(while: { $0 != 0x0A })
        guard let object = try? JSONSerialization.jsonObject(with: Data(firstLine)) as? [String: Any] else { return nil }
        return AlertJSON(object, file: input.displayPath, line: 1)
    }

    /// Every payload object in the file, in file order.
    /// `all(input)`, refusing the whole file at the first page that `refusal` names (an answer
    /// that holds settings or a command's result, not an incident's history), with `hint` saying
    /// what to save instead.
    static func all(_ input: SourceInput, refusing refusal: (AlertJSON) -> String?, hint: String) throws -> [AlertJSON] {
        let pages = try all(input)
        for page in pages {
            if let what = refusal(page) { throw page.error("This is \(what); retro cannot build a timeline from it.", hint: hint) }
        }
        return pages
    }

    static func all(_ input: SourceInput) throws -> [AlertJSON] {
        if let root = input.json {
            let node = AlertJSON(root, file: input.displayPath)
            if node.object != nil { return [node] }
            if let items = node.items {
                for item in items where item.object == nil {
                    throw item.error("Expected one payload (a JSON object) per array item, found \(item.describe()).")
                }
                return items
            }
            throw node.error("Expected a JSON object or an array of objects, found \(node.describe()).")
        }
        guard let data = input.data, startsWithBrace(data) else {
            throw InputError(path: input.displayPath, "The file is not JSON.", hint: "alert logs are read as JSON, a JSON array, or JSON lines")
        }
        var documents: [AlertJSON] = []
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw InputError(path: input.displayPath, line: number + 1, "This line is not a JSON object.", hint: "each line of a JSON-lines file must hold one whole payload")
            }
            documents.append(AlertJSON(object, file: input.displayPath, line: number + 1))
        }
        return documents
    }

    /// The records under `key` of every payload, in file order (PagerDuty's `messages`).
    static func records(_ input: SourceInput, key: String, what: String) throws -> [AlertJSON] {
        try all(input).flatMap { try $0[key].requireItems(what: what) }
    }

    /// Events by time; events at the same instant keep their order in the file.
    static func sorted(_ events: [AlertEvent]) -> [AlertEvent] {
        events.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }

    private static func startsWithBrace(_ data: Data) -> Bool {
        data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) == UInt8(ascii: "{")
    }
}

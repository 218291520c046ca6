import Foundation
import RetroModel

/// Reads any supported source: detects its format by structure, or uses the one forced.
public enum Ingest {
    /// Every format, in detection order.
    public static var formats: [any SourceFormat] { ChatFormats.all + AlertFormats.all + MetricFormats.all }

    public static var formatNames: [String] { formats.map(\.name) }

    /// Reads `url`; `format` forces a parser by name (`--as`).
    public static func read(_ url: URL, displayPath: String? = nil, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        let input = try SourceInput(url: url, displayPath: displayPath)
        return try read(input, as: format, options: options)
    }

    public static func read(_ input: SourceInput, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        if let format {
            guard let parser = formats.first(where: { $0.name == format }) else {
                let hint = Suggest.closest(to: format, in: formatNames).map { "did you mean '\($0)'?" } ?? "known formats: \(formatNames.joined(separator: ", "))"
                throw InputError(path: input.displayPath, "Unknown format '\(format)'.", hint: hint)
            }
            return try parser.parse(input, options: options)
        }
        guard let parser = formats.first(where: { $0.matches(input) }) else { throw unrecognised(input) }
        return try parser.parse(input, options: options)
    }

    /// The error for a file no format claims, placed where the reader should look: a JSON syntax
    /// error at its line and column, the JSON's top level, or the first line of a text file.
    static func unrecognised(_ input: SourceInput) -> Error {
        let hint = "force one with --as (\(formatNames.joined(separator: ", ")))"
        guard let data = input.data else {
            return InputError(path: input.displayPath, "retro does not recognise this folder as a Slack export (it has no channels.json or users.json).", hint: "pass the folder that holds users.json and channels.json, or its .zip")
        }
        if let json = input.json {
            let keys = (json as? [String: Any]).map { " (its keys: \($0.keys.sorted().prefix(8).map { "'\($0)'" }.joined(separator: ", ")))" } ?? ""
            return InputError(path: input.displayPath, jsonPath: "$", "retro does not recognise this JSON's structure\(keys).", hint: hint)
        }
        if ChatJSON.looksLikeJSON(data) {
            let firstLine = data.split(separator: 0x0A, maxSplits: 1).first ?? data
            if (try? JSONSerialization.jsonObject(with: Data(firstLine))) == nil {
                do { _ = try ChatJSON.load(data, path: input.displayPath) } catch { return error }
            }
        }
        let first = String(decoding: (data.split(separator: 0x0A, maxSplits: 1).first ?? data).prefix(60), as: UTF8.self)
            .unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        return InputError(path: input.displayPath, line: 1, column: 1, "retro does not recognise this file's format; it starts '\(first)'.", hint: hint)
    }
}

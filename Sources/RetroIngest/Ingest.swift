import Foundation
import RetroModel

/// Reads any supported source: detects its format by structure, or uses the one forced.
public enum Ingest {
    /// Every format, in detection order.
    public static var formats: [any SourceFormat] { ChatFormats.all + AlertFormats.all + MetricFormats.all }

    /// Every format's name, the internal refusers included (`--as` accepts them all).
    public static var formatNames: [String] { formats.map(\.name) }

    /// The formats a user can ask for with `--as`, each with a one-line summary.
    public static var userFormats: [(name: String, summary: String)] {
        FormatCatalog.entries.filter { entry in formats.contains { $0.name == entry.name } }
    }

    /// Reads `url`; `format` forces a parser by name (`--as`).
    public static func read(_ url: URL, displayPath: String? = nil, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        let input = try SourceInput(url: url, displayPath: displayPath)
        return try read(input, as: format, options: options)
    }

    public static func read(_ input: SourceInput, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        if let data = input.data, data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            let what = data.isEmpty ? "The file is empty" : "The file holds only white space"
            throw InputError(path: input.displayPath, "\(what); there is nothing to read.", hint: "check that the export finished and that this is the right file")
        }
        let parser: any SourceFormat
        if let format {
            guard let forced = formats.first(where: { $0.name == format }) else {
                let names = userFormats.map(\.name)
                let hint = Suggest.closest(to: format, in: names).map { "did you mean '\($0)'?" } ?? "known formats: \(names.joined(separator: ", "))"
                throw InputError(path: input.displayPath, "Unknown format '\(format)'.", hint: hint)
            }
            parser = forced
        } else {
            guard let detected = formats.first(where: { $0.matches(input) }) else { throw unrecognised(input) }
            parser = detected
        }
        let result = try parser.parse(input, options: options)
        try requireContent(result, input: input)
        return result
    }

    /// A source that yields nothing is an error, never an empty success: naming what was expected,
    /// and the first record that was skipped, if any.
    static func requireContent(_ result: IngestResult, input: SourceInput) throws {
        guard result.messages.isEmpty, result.series.isEmpty, result.events.isEmpty, result.annotations.isEmpty else { return }
        let expected = FormatCatalog.summary(of: result.format).map { " Expected: \($0)." } ?? ""
        let what: String
        switch result.kind {
        case .chat: what = "no message"
        case .alerts: what = "no alert event"
        case .metrics: what = "no data point"
        }
        if let first = result.skipped.first {
            throw InputError(
                first.location,
                "retro read \(what) from this file as '\(result.format)'.\(expected) All \(result.skipped.count) record(s) were skipped; the first: \(first.reason)",
                hint: "check the export, or force another format with --as")
        }
        throw InputError(
            path: input.displayPath,
            "retro read \(what) from this file as '\(result.format)'; it holds none.\(expected)",
            hint: "export the period of the incident, or check that this is the right file")
    }

    /// The error for a file no format claims, placed where the reader should look: a JSON syntax
    /// error at its line and column, the JSON's top level, or the first line of a text file.
    static func unrecognised(_ input: SourceInput) -> Error {
        let hint = "force one with --as (\(userFormats.map(\.name).joined(separator: ", ")))"
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

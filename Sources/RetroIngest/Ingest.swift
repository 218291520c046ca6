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
        guard let parser = formats.first(where: { $0.matches(input) }) else {
            throw InputError(
                path: input.displayPath, "retro does not recognise this file's format.",
                hint: "force one with --as (\(formatNames.joined(separator: ", ")))")
        }
        return try parser.parse(input, options: options)
    }
}

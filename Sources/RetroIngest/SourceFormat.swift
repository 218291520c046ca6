import Foundation
import RetroModel

/// What a source holds once parsed.
public enum SourceKind: String, Sendable, Codable {
    case chat, metrics, alerts
}

/// Settings that apply to every parser.
public struct IngestOptions: Sendable {
    /// Zone for times that carry none; when nil, such times are read as UTC and the result says so.
    public var zone: TimeZone?
    /// Slack: the channel to read from a workspace export; all channels when nil.
    public var channel: String?
    /// Base URL for permalinks (`https://acme.slack.com`).
    public var workspaceURL: String?
    /// When a metrics scrape without timestamps was taken; its samples are placed there (epoch 0 when nil).
    public var scrapeTime: Date?
    /// Text logs: the day (`YYYY-MM-DD`) of lines that carry only a time (`--date`).
    public var date: String?

    public init(zone: TimeZone? = nil, channel: String? = nil, workspaceURL: String? = nil, scrapeTime: Date? = nil, date: String? = nil) {
        self.zone = zone
        self.date = date
        self.channel = channel
        self.workspaceURL = workspaceURL
        self.scrapeTime = scrapeTime
    }
}

extension IngestOptions {
    /// `date` as a calendar day; a value that is not `YYYY-MM-DD` is an error.
    func logDay() throws -> LogClock.Day? {
        guard let date else { return nil }
        guard date.utf8.count == 10, let day = LogClock.isoDay(in: date),
              let midnight = Timestamp.parse(date), Timestamp.iso(midnight).hasPrefix(date) else {
            throw InputError(path: "--date", "'\(date)' is not a date retro can read.", hint: "use YYYY-MM-DD, such as 2025-01-10")
        }
        return day
    }
}

/// Something left out while parsing, counted and reported, never silently dropped.
public struct Skip: Sendable, Equatable, Codable {
    public var location: SourceLocation
    public var reason: String
    public init(_ location: SourceLocation, _ reason: String) {
        self.location = location
        self.reason = reason
    }
}

/// The normalized values read from one source.
public struct IngestResult: Sendable {
    public var format: String
    public var kind: SourceKind
    public var messages: [Message] = []
    public var series: [MetricSeries] = []
    public var events: [AlertEvent] = []
    /// Grafana annotations and similar: events that monitoring tools record.
    public var annotations: [TimelineEvent] = []
    public var skipped: [Skip] = []
    /// Facts the reader should know, such as "times without a zone were read as UTC".
    public var notes: [String] = []

    public init(format: String, kind: SourceKind) {
        self.format = format
        self.kind = kind
    }
}

/// One input file, folder or archive, read at most once and shared by every format's detector.
public final class SourceInput: @unchecked Sendable {
    public let url: URL
    /// The path as the user wrote it, for messages.
    public let displayPath: String
    public let isDirectory: Bool
    /// The file's bytes; nil for a folder.
    public let data: Data?
    /// The largest single file read whole (kept for callers of the earlier constant; see `InputLimits`).
    public static var maximumFileSize: Int { InputLimits.current.fileBytes }

    /// The limits this input's readers apply (archive sizes, folder walks).
    public let limits: InputLimits
    private var parsedJSON: Any??

    public init(url: URL, displayPath: String? = nil, limits: InputLimits = .current) throws {
        let path = displayPath ?? url.path
        self.url = url
        self.displayPath = path
        self.limits = limits
        var isDir: ObjCBool = false
        if let problem = FileCheck.problem(url.path, what: "file", allowDirectory: true) {
            throw InputError(path: path, problem.message, hint: problem.hint)
        }
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw InputError(path: path, "No such file or folder.", hint: "check the path")
        }
        isDirectory = isDir.boolValue
        if isDirectory {
            data = nil
        } else {
            try InputLimits.checkSize(of: url, path: path, limit: limits.fileBytes, variable: "RETRO_MAX_FILE_BYTES", what: "file")
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw InputError(path: path, "The file could not be read: \(error.localizedDescription)", hint: "check that it exists and that you may read it")
            }
        }
    }

    /// Test and in-memory inputs.
    public init(data: Data, displayPath: String, limits: InputLimits = .current) {
        self.url = URL(fileURLWithPath: displayPath)
        self.displayPath = displayPath
        self.isDirectory = false
        self.data = data
        self.limits = limits
    }

    /// True when the bytes start like a zip archive.
    public var isZip: Bool {
        guard let data, data.count >= 4 else { return false }
        return data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// The file parsed as JSON (fragments allowed), or nil when it is not JSON. Parsed once.
    public var json: Any? {
        if let parsedJSON { return parsedJSON }
        var value: Any? = nil
        if let data, let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
           first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            // The fast reader gives the same values for well-formed files and declines the rest.
            value = StrictJSON.parse(data) ?? (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        }
        parsedJSON = .some(value)
        return value
    }

    /// The file as UTF-8 text; invalid sequences are replaced, not fatal.
    public var text: String? {
        guard let data else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// One input format: how to recognise it by structure, and how to parse it.
public protocol SourceFormat: Sendable {
    /// The stable name used by `--as`, the incident file and `retro inspect --json`.
    var name: String { get }
    var kind: SourceKind { get }
    /// True when the input has this format's structure (never decided by the file name alone).
    func matches(_ input: SourceInput) -> Bool
    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult
}

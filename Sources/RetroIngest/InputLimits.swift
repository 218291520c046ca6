import Foundation
import RetroModel

/// The most retro reads from one source, so that a hostile or runaway input (a zip bomb, a 2 GB
/// log, a folder of a million files) is refused quickly with a message instead of exhausting
/// memory or time. Each limit can be raised through an environment variable.
public struct InputLimits: Sendable, Equatable {
    /// The largest single file read whole (`RETRO_MAX_FILE_BYTES`, default 512 MiB).
    public var fileBytes: Int
    /// The largest incident file (`RETRO_MAX_INCIDENT_BYTES`, default 16 MiB).
    public var incidentBytes: Int
    /// The most data unpacked from one archive, all entries together (`RETRO_MAX_UNZIPPED_BYTES`, default 2 GiB).
    public var unzippedBytes: UInt64
    /// The most entries in one archive (`RETRO_MAX_ZIP_ENTRIES`, default 100,000).
    public var zipEntries: Int
    /// The highest ratio of unpacked to packed size for an entry larger than 1 MiB
    /// (`RETRO_MAX_ZIP_RATIO`, default 200; Slack's JSON compresses about 10:1).
    public var zipRatio: UInt64
    /// The most files and folders listed while walking an export folder (`RETRO_MAX_FOLDER_ENTRIES`, default 200,000).
    public var folderEntries: Int
    /// The most points read from one metrics file, all series together (`RETRO_MAX_METRIC_POINTS`, default 5,000,000).
    public var metricPoints: Int = 5_000_000

    public init(
        fileBytes: Int = 512 << 20, incidentBytes: Int = 16 << 20, unzippedBytes: UInt64 = 2 << 30,
        zipEntries: Int = 100_000, zipRatio: UInt64 = 200, folderEntries: Int = 200_000
    ) {
        self.fileBytes = fileBytes
        self.incidentBytes = incidentBytes
        self.unzippedBytes = unzippedBytes
        self.zipEntries = zipEntries
        self.zipRatio = zipRatio
        self.folderEntries = folderEntries
    }

    /// The defaults, each replaced by its environment variable when that holds a positive whole number.
    public static var current: InputLimits { InputLimits(environment: ProcessInfo.processInfo.environment) }

    public init(environment: [String: String]) {
        self.init()
        func read(_ name: String) -> Int? { environment[name].flatMap { Int($0.replacingOccurrences(of: "_", with: "")) }.flatMap { $0 > 0 ? $0 : nil } }
        if let value = read("RETRO_MAX_FILE_BYTES") { fileBytes = value }
        if let value = read("RETRO_MAX_INCIDENT_BYTES") { incidentBytes = value }
        if let value = read("RETRO_MAX_UNZIPPED_BYTES") { unzippedBytes = UInt64(value) }
        if let value = read("RETRO_MAX_ZIP_ENTRIES") { zipEntries = value }
        if let value = read("RETRO_MAX_ZIP_RATIO") { zipRatio = UInt64(value) }
        if let value = read("RETRO_MAX_FOLDER_ENTRIES") { folderEntries = value }
        if let value = read("RETRO_MAX_METRIC_POINTS") { metricPoints = value }
    }

    /// The hint every refusal carries: which variable raises the limit.
    static func raise(_ variable: String, _ advice: String) -> String {
        "\(advice), or raise the limit with \(variable)=<number> if the input is genuine"
    }

    /// Refuses a file larger than `limit` by its size on disk, before any byte is read.
    static func checkSize(of url: URL, path: String, limit: Int, variable: String, what: String) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limit else { return }
        throw InputError(
            path: path, "The \(what) is \(size) bytes, more than retro reads (\(limit) bytes).",
            hint: raise(variable, "export a shorter time range"))
    }
}

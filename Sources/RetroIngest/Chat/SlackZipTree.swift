import Foundation
import RetroModel
import ZIPFoundation

/// A Slack export read from its zip without unpacking it to disk.
///
/// Entries whose names climb out of the archive (`..`, absolute paths) are refused, and the total
/// size read is capped, so a hostile archive cannot write anywhere or exhaust memory.
struct SlackZipTree: SlackExportTree {
    /// The most uncompressed data read from one archive (4 GiB).
    static let maximumTotalSize: UInt64 = 4 << 30

    let archive: Archive
    let displayPath: String
    let paths: [String]
    private let entries: [String: Entry]

    init(data: Data, displayPath: String) throws {
        self.displayPath = displayPath
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw InputError(path: displayPath, "The zip archive could not be opened: \(error).", hint: "check that the download finished")
        }
        var entries: [String: Entry] = [:]
        var total: UInt64 = 0
        for entry in archive {
            let path = entry.path
            try Self.checkContained(path, archive: displayPath)
            guard entry.type == .file else { continue }
            total += entry.uncompressedSize
            if total > Self.maximumTotalSize {
                throw InputError(
                    path: displayPath, "The archive unpacks to more than \(Self.maximumTotalSize) bytes, more than retro reads.",
                    hint: "export a shorter time range or a single channel")
            }
            if path.lowercased().hasSuffix(".json") { entries[path] = entry }
        }
        self.entries = entries
        paths = entries.keys.sorted()
    }

    /// Refuses names that would land outside the archive's folder when unpacked.
    static func checkContained(_ path: String, archive: String) throws {
        let normalized = path.replacingOccurrences(of: "\\", with: "/")
        let components = normalized.split(separator: "/", omittingEmptySubsequences: false)
        let absolute = normalized.hasPrefix("/") || (normalized.count > 1 && normalized.dropFirst().first == ":")
        if absolute || components.contains("..") {
            throw InputError(
                path: archive, "The archive entry '\(path)' points outside the archive; retro refuses archives with such paths.",
                hint: "re-create the zip from the export folder")
        }
    }

    func data(at path: String) throws -> Data {
        guard let entry = entries[path] else {
            throw InputError(path: "\(displayPath)/\(path)", "The archive has no entry '\(path)'.")
        }
        var data = Data()
        let limit = min(UInt64(SourceInput.maximumFileSize), entry.uncompressedSize + 1)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > limit { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw InputError(path: "\(displayPath)/\(path)", "The archive entry could not be read: \(error).", hint: "check that the download finished")
        }
        return data
    }
}

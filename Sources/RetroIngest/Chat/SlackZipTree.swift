import Foundation
import RetroModel
import ZIPFoundation

/// A Slack export read from its zip without unpacking it to disk.
///
/// Entries whose names climb out of the archive (`..`, absolute paths) are refused, and the
/// archive's entry count, unpacked size and compression ratio are capped (`InputLimits`), so a
/// hostile archive cannot write anywhere or exhaust memory. Sizes the archive declares are
/// checked before anything is unpacked, and each entry is cut off once it unpacks to more than it declared.
struct SlackZipTree: SlackExportTree {
    /// Entries below this size are not checked for their compression ratio (tiny JSON files compress well).
    static let ratioFloor: UInt64 = 1 << 20

    let archive: Archive
    let displayPath: String
    let paths: [String]
    let skipped: [Skip]
    private let entries: [String: Entry]
    private let limits: InputLimits
    /// The archive's bytes and where each entry's packed data sits in them (see `ZipBounds`).
    private let bytes: Data
    private let spans: [String: ZipBounds.Span]

    init(data: Data, displayPath: String, limits: InputLimits = .current) throws {
        self.displayPath = displayPath
        self.limits = limits
        var spans: [String: ZipBounds.Span] = [:]
        if let entry = ZipBounds.scan(data, spans: &spans) {
            let what = entry == ZipBounds.directory ? "The archive's central directory" : "The archive entry '\(entry)'"
            throw InputError(
                path: displayPath, "\(what) claims data beyond the end of the archive; the zip is truncated or damaged.",
                hint: "download the export again, or re-create the zip from the export folder")
        }
        self.bytes = data
        self.spans = spans
        archive = try Self.open(data, displayPath: displayPath)
        var entries: [String: Entry] = [:]
        var skipped: [Skip] = []
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.zipEntries {
                throw InputError(
                    path: displayPath, "The archive has more than \(limits.zipEntries) entries, more than retro reads.",
                    hint: InputLimits.raise("RETRO_MAX_ZIP_ENTRIES", "export a shorter time range or a single channel"))
            }
            let path = entry.path
            try Self.checkContained(path, archive: displayPath)
            if entry.type == .symlink {
                skipped.append(Skip(SourceLocation(path: "\(displayPath)/\(path)"), "The archive entry is a symbolic link; retro follows no links inside an archive, so it was not read."))
                continue
            }
            guard entry.type == .file else { continue }
            try Self.checkRatio(entry, limits: limits, archive: displayPath)
            total += entry.uncompressedSize
            if total > limits.unzippedBytes {
                throw InputError(
                    path: displayPath, "The archive unpacks to more than \(limits.unzippedBytes) bytes, more than retro reads.",
                    hint: InputLimits.raise("RETRO_MAX_UNZIPPED_BYTES", "export a shorter time range or a single channel"))
            }
            if path.lowercased().hasSuffix(".json") { entries[path] = entry }
        }
        self.entries = entries
        self.skipped = skipped
        paths = entries.keys.sorted()
    }

    /// Opens the archive from a private temporary copy, removed at once (the open file stays
    /// readable). ZIPFoundation's in-memory mode traps on offsets past the end of a hostile
    /// archive (found by fuzzing); reading a real file just comes up short, which it reports.
    private static func open(_ data: Data, displayPath: String) throws -> Archive {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("retro-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try data.write(to: copy)
        } catch {
            throw InputError(path: displayPath, "The zip archive could not be staged for reading: \(error.localizedDescription)", hint: "check the free space in the temporary folder (TMPDIR)")
        }
        do {
            return try Archive(url: copy, accessMode: .read)
        } catch {
            throw InputError(path: displayPath, "The zip archive could not be opened: \(error).", hint: "check that the download finished")
        }
    }

    /// Refuses an entry that packs far more data than any export would (a zip bomb).
    private static func checkRatio(_ entry: Entry, limits: InputLimits, archive displayPath: String) throws {
        let unpacked = entry.uncompressedSize
        guard unpacked > ratioFloor else { return }
        let ratio = unpacked / max(entry.compressedSize, 1)
        if ratio > limits.zipRatio {
            throw InputError(
                path: "\(displayPath)/\(entry.path)",
                "The archive entry unpacks \(ratio) times larger than it is packed (\(entry.compressedSize) → \(unpacked) bytes); retro refuses such archives as zip bombs.",
                hint: InputLimits.raise("RETRO_MAX_ZIP_RATIO", "re-create the zip from the export folder"))
        }
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
            throw InputError(path: "\(displayPath)/\(path)", "The archive has no entry '\(path)'.", hint: "check that the download finished")
        }
        if entry.uncompressedSize > UInt64(limits.fileBytes) {
            throw InputError(
                path: "\(displayPath)/\(path)", "The archive entry unpacks to \(entry.uncompressedSize) bytes, more than retro reads (\(limits.fileBytes) bytes).",
                hint: InputLimits.raise("RETRO_MAX_FILE_BYTES", "export a shorter time range"))
        }
        if let span = spans[path], !ZipBounds.deflateEnds(bytes, span) {
            throw InputError(
                path: "\(displayPath)/\(path)", "The archive entry's compressed data is cut short or damaged.",
                hint: "download the export again, or re-create the zip from the export folder")
        }
        var data = Data()
        let declared = entry.uncompressedSize
        var overran = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > declared {
                    overran = true
                    throw CocoaError(.fileReadTooLarge)
                }
            }
        } catch {
            if overran {
                throw InputError(
                    path: "\(displayPath)/\(path)", "The archive entry unpacks to more than the \(declared) bytes it declares; retro stopped reading it.",
                    hint: "the archive is damaged or hostile: re-create it from the export folder")
            }
            throw InputError(path: "\(displayPath)/\(path)", "The archive entry could not be read: \(error).", hint: "check that the download finished")
        }
        return data
    }
}

import Foundation
import RetroModel

/// The files of a Slack export, whether a folder on disk or a zip read in place.
protocol SlackExportTree {
    /// Relative paths of the JSON files, `/`-separated (`inc-2041/2025-01-10.json`).
    var paths: [String] { get }
    /// Entries left out while listing the tree (links inside a zip), to be reported.
    var skipped: [Skip] { get }
    func data(at path: String) throws -> Data
}

extension SlackExportTree {
    var skipped: [Skip] { [] }
}

/// A Slack export unpacked into a folder.
///
/// The walk is bounded: it goes at most three levels deep (`export/channel/day.json`), does not
/// follow symbolic links to folders (so a link loop cannot trap it), and stops with a message
/// after `InputLimits.folderEntries` entries.
struct SlackFolderTree: SlackExportTree {
    /// How deep an export's JSON files sit: `[wrapper/]channel/YYYY-MM-DD.json`.
    static let maximumDepth = 3

    let root: URL
    let displayPath: String
    let paths: [String]
    private let limits: InputLimits

    init(root: URL, displayPath: String, limits: InputLimits = .current) throws {
        self.root = root
        self.displayPath = displayPath
        self.limits = limits
        var walk = FolderWalk(limit: limits.folderEntries)
        try walk.visit(root.standardizedFileURL.path, relative: "", depth: 1, maximumDepth: Self.maximumDepth)
        if walk.overflowed {
            throw InputError(
                path: displayPath, "The folder holds more than \(limits.folderEntries) files and folders, more than retro reads.",
                hint: InputLimits.raise("RETRO_MAX_FOLDER_ENTRIES", "export a shorter time range or a single channel"))
        }
        paths = walk.found.filter { $0.lowercased().hasSuffix(".json") }.sorted()
    }

    /// True when the folder holds a channel list or users.json at its top.
    static func looksLikeExport(_ root: URL) -> Bool {
        let manager = FileManager.default
        return ["channels.json", "users.json"].contains { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    func data(at path: String) throws -> Data {
        let url = root.appendingPathComponent(path)
        try InputLimits.checkSize(of: url, path: displayPath + "/" + path, limit: limits.fileBytes, variable: "RETRO_MAX_FILE_BYTES", what: "file")
        do {
            return try Data(contentsOf: url)
        } catch {
            throw InputError(path: displayPath + "/" + path, "The file could not be read: \(error.localizedDescription)", hint: "check that you may read it")
        }
    }
}

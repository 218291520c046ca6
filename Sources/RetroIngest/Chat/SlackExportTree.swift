import Foundation
import RetroModel

/// The files of a Slack export, whether a folder on disk or a zip read in place.
protocol SlackExportTree {
    /// Relative paths of the JSON files, `/`-separated (`inc-2041/2025-01-10.json`).
    var paths: [String] { get }
    func data(at path: String) throws -> Data
}

/// A Slack export unpacked into a folder.
struct SlackFolderTree: SlackExportTree {
    let root: URL
    let displayPath: String
    let paths: [String]

    init(root: URL, displayPath: String) {
        self.root = root
        self.displayPath = displayPath
        var found: [String] = []
        let rootPath = root.standardizedFileURL.path
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where url.pathExtension.lowercased() == "json" {
                let full = url.standardizedFileURL.path
                guard full.hasPrefix(rootPath) else { continue }
                let relative = full.dropFirst(rootPath.count).drop(while: { $0 == "/" })
                if relative.split(separator: "/").count <= 3 { found.append(String(relative)) }
            }
        }
        paths = found.sorted()
    }

    /// True when the folder holds a channel list or users.json at its top.
    static func looksLikeExport(_ root: URL) -> Bool {
        let manager = FileManager.default
        return ["channels.json", "users.json"].contains { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    func data(at path: String) throws -> Data {
        do {
            return try Data(contentsOf: root.appendingPathComponent(path))
        } catch {
            throw InputError(path: displayPath + "/" + path, "The file could not be read: \(error.localizedDescription)")
        }
    }
}

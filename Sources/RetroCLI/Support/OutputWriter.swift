import Foundation
import RetroModel

/// Writes a build's files all-or-nothing: each is written to a temporary file beside its target
/// and renamed into place only after every one was written. Files that retro did not generate are
/// never replaced without `--force`.
struct OutputWriter {
    /// The marker every generated file carries near its top.
    static let marker = "retro:generated"

    let directory: URL
    let force: Bool

    /// Checks every target first, then writes; on any failure, nothing is left half-written.
    func write(_ files: [(name: String, contents: String)]) throws {
        let fm = FileManager.default
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            if fm.fileExists(atPath: target.path), !force, !Self.isGenerated(target) {
                throw InputError(
                    path: target.path, "This file was not written by retro, so it is left as it is.",
                    hint: "move it away, choose another folder with -o, or pass --force to replace it")
            }
        }
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(path: directory.path, "The output folder could not be created: \(error.localizedDescription)")
        }
        var staged: [(temp: URL, target: URL)] = []
        defer { for s in staged { try? fm.removeItem(at: s.temp) } }
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            try? fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).retro-tmp-\(getpid())")
            do {
                try Data(file.contents.utf8).write(to: temp)
            } catch {
                throw InputError(path: target.path, "The file could not be written: \(error.localizedDescription)")
            }
            staged.append((temp, target))
        }
        for s in staged {
            if rename(s.temp.path, s.target.path) != 0 {
                throw InputError(path: s.target.path, "The file could not be moved into place (errno \(errno)).")
            }
        }
        staged.removeAll()
    }

    /// True when the file starts with retro's marker (within its first 4 KiB).
    static func isGenerated(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains(marker)
    }
}

import Foundation
import RetroModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build's files all-or-nothing: each is written to a temporary file beside its target,
/// flushed to disk, and renamed into place only after every one was written. Files that retro did
/// not generate are never replaced without `--force`.
///
/// Temporary files are hidden and named `.NAME.retro-tmp-PID`; a build killed before its renames
/// leaves the previous outputs untouched, and the next build removes what it left behind.
struct OutputWriter {
    /// The marker every generated file carries near its top.
    static let marker = "retro:generated"
    /// What every temporary file's name holds.
    static let temporaryTag = ".retro-tmp-"

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
            throw InputError(path: directory.path, "The output folder could not be created: \(error.localizedDescription)", hint: "check the path and your permissions")
        }
        let folders = Set(files.map { directory.appendingPathComponent($0.name).deletingLastPathComponent().path })
        for folder in folders { Self.removeStaleTemporaries(in: folder) }
        var staged: [(temp: URL, target: URL)] = []
        defer { for s in staged { try? fm.removeItem(at: s.temp) } }
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            try? fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let contents = file.name.hasSuffix(".html") ? Self.unsafeForTests(file.contents) : file.contents
            let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent)\(Self.temporaryTag)\(getpid())")
            staged.append((temp, target))
            do {
                try Self.writeDurably(Data(contents.utf8), to: temp)
            } catch {
                throw InputError(path: target.path, "The file could not be written: \(error.localizedDescription)", hint: "check the free disk space and your permissions")
            }
        }
        Self.pauseForTests()
        for s in staged {
            if rename(s.temp.path, s.target.path) != 0 {
                throw InputError(path: s.target.path, "The file could not be moved into place (errno \(errno)).", hint: "check your permissions on the output folder")
            }
        }
        staged.removeAll()
    }

    /// Writes and flushes `data`, so a rename after it never exposes an empty or partial file.
    static func writeDurably(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Removes temporary files that an interrupted build (its process gone) left in `folder`.
    static func removeStaleTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") {
            guard let range = name.range(of: temporaryTag), let pid = Int32(name[range.upperBound...]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Test hook: `RETRO_TEST_PAUSE_BEFORE_RENAME=SECONDS` holds the build after every file is
    /// staged and before any is renamed, so a test can kill it at the worst moment.
    static func pauseForTests() {
        guard let text = ProcessInfo.processInfo.environment["RETRO_TEST_PAUSE_BEFORE_RENAME"], let seconds = Double(text), seconds > 0 else { return }
        FileHandle.standardError.write(Data("retro: test pause before rename (\(seconds) s)\n".utf8))
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    /// Test hook that proves the browser check can fail: `RETRO_TEST_UNSAFE_DISABLE_ESCAPING=1`
    /// undoes the HTML escaping of every text and drops the Content-Security-Policy, so hostile
    /// input becomes live markup. Never set it outside that test.
    static func unsafeForTests(_ html: String) -> String {
        guard ProcessInfo.processInfo.environment["RETRO_TEST_UNSAFE_DISABLE_ESCAPING"] == "1" else { return html }
        FileHandle.standardError.write(Data("retro: warning: RETRO_TEST_UNSAFE_DISABLE_ESCAPING is set: the HTML is written UNESCAPED\n".utf8))
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("Content-Security-Policy") }
        var text = lines.joined(separator: "\n")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&#x2F;", "/"), ("&#x3D;", "="), ("&#x60;", "`"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// True when the file starts with retro's marker (within its first 4 KiB).
    static func isGenerated(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains(marker)
    }
}

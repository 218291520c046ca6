import Foundation
import RetroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The list of renames that switch an output folder to a new set, written before the first one.
///
/// Every temporary file is on disk and flushed before the journal is, so a build killed during its
/// renames can always be completed: the next build into the folder finds the journal, does the
/// renames that are left, and only then goes on. Without it, a kill between two renames would leave
/// a new `retrospective.md` beside an old `retrospective.html`.
struct OutputJournal {
    /// The journal's name inside the output folder (hidden, like the temporary files).
    static let name = ".retro-commit"

    let directory: URL
    var url: URL { directory.appendingPathComponent(Self.name) }

    /// Records `renames` (temporary → target, as paths relative to the folder) durably.
    func record(_ renames: [(temp: String, target: String)]) throws {
        let lines = ["pid \(getpid())"] + renames.map { "\($0.temp)\t\($0.target)" }
        let temp = directory.appendingPathComponent(Self.name + OutputWriter.temporaryTag + "\(getpid())")
        try OutputWriter.writeDurably(Data((lines.joined(separator: "\n") + "\n").utf8), to: temp)
        guard rename(temp.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temp)
            throw CocoaError(.fileWriteUnknown)
        }
        Self.synchronize(directory)
    }

    /// Removes the journal once every rename is done.
    func finish() {
        unlink(url.path)
        Self.synchronize(directory)
    }

    /// Completes the renames a killed build left undone; returns how many it did.
    /// Fails when the build that wrote the journal is still running.
    func recover() throws -> Int {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return 0 }
        var lines = text.split(separator: "\n").map(String.init)
        if let first = lines.first, first.hasPrefix("pid ") {
            lines.removeFirst()
            if let pid = Int32(first.dropFirst(4)), pid != getpid(), Self.isRetroRunning(pid) {
                throw InputError(
                    path: directory.path, "Another retro build (process \(pid)) is writing into this folder.",
                    hint: "wait for it to finish, or choose another folder with -o")
            }
        }
        var done = 0
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            // Only names this writer makes: a hidden temporary and a target inside the folder.
            guard parts.count == 2, parts[0].contains(OutputWriter.temporaryTag), !parts.contains(where: { $0.contains("..") || $0.hasPrefix("/") }) else { continue }
            let temp = directory.appendingPathComponent(parts[0]), target = directory.appendingPathComponent(parts[1])
            guard FileManager.default.fileExists(atPath: temp.path) else { continue }
            guard rename(temp.path, target.path) == 0 else {
                throw InputError(
                    path: target.path, "An interrupted build left this file to be moved into place, and it cannot be (\(String(cString: strerror(errno)))).",
                    hint: "check your permissions on the output folder and build again")
            }
            done += 1
        }
        finish()
        return done
    }

    /// True when process `pid` exists, is not a zombie, and (where `/proc` tells) is a retro, so
    /// a reused process id does not block the folder forever.
    static func isRetroRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
        else { return true }
        let name = stat[stat.index(after: open)..<close]
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X" && name.hasPrefix("retro")
    }

    /// Flushes a folder's entries (the renames in it) to disk.
    static func synchronize(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

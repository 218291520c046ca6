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
/// leaves the previous outputs untouched, and the next build removes what it left behind. One
/// killed during its renames leaves a journal (`OutputJournal`) that the next build completes first.
struct OutputWriter {
    /// The marker every generated file carries near its top.
    static let marker = "retro:generated"
    /// What every temporary file's name holds.
    static let temporaryTag = ".retro-tmp-"

    let directory: URL
    let force: Bool

    /// Checks every target first, then writes; on any failure, nothing is left half-written, and a
    /// kill during the renames is completed by the next build (see `OutputJournal`).
    func write(_ files: [(name: String, contents: String)]) throws {
        let fm = FileManager.default
        let journal = OutputJournal(directory: directory)
        if fm.fileExists(atPath: journal.url.path) {
            let completed = try journal.recover()
            if completed > 0 {
                FileHandle.standardError.write(Data("retro: completed \(completed) renames that an interrupted build left undone in '\(TerminalText.value(directory.path))'\n".utf8))
            }
        }
        try check(files)
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(path: directory.path, "The output folder could not be created: \(error.localizedDescription)", hint: "check the path and your permissions")
        }
        let folders = Set(files.map { directory.appendingPathComponent($0.name).deletingLastPathComponent().path })
        for folder in folders { Self.removeStaleTemporaries(in: folder) }
        var staged: [(temp: URL, target: URL, name: String)] = []
        defer { for s in staged { try? fm.removeItem(at: s.temp) } }
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            try? fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let contents = file.name.hasSuffix(".html") ? Self.unsafeForTests(file.contents) : file.contents
            let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent)\(Self.temporaryTag)\(getpid())")
            staged.append((temp, target, file.name))
            do {
                try Self.writeDurably(Data(contents.utf8), to: temp)
            } catch {
                throw InputError(path: target.path, "The file could not be written: \(error.localizedDescription)", hint: "check the free disk space, your permissions and the file size limit (ulimit -f)")
            }
        }
        Self.pauseForTests("RETRO_TEST_PAUSE_BEFORE_RENAME", "before rename")
        let relative = staged.map { (temp: (($0.name as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0.temp.lastPathComponent), target: $0.name) }
        do {
            try journal.record(relative)
        } catch {
            throw InputError(path: journal.url.path, "The list of renames could not be written: \(error.localizedDescription)", hint: "check the free disk space and your permissions")
        }
        for (index, s) in staged.enumerated() {
            if rename(s.temp.path, s.target.path) != 0 {
                let code = errno
                // The journal and the temporaries left let the next build finish the switch.
                staged.removeAll()
                throw InputError(path: s.target.path, "The file could not be moved into place (\(String(cString: strerror(code)))).", hint: "check your permissions on the output folder, then build again to complete the set")
            }
            if index == 0 { Self.pauseForTests("RETRO_TEST_PAUSE_AFTER_FIRST_RENAME", "after the first rename") }
        }
        staged.removeAll()
        for folder in folders { OutputJournal.synchronize(URL(fileURLWithPath: folder)) }
        journal.finish()
    }

    /// Refuses, before anything is written: a target that is a folder, a file retro did not write
    /// (unless `--force`), and an output folder or `assets/` folder that is a symbolic link (unless
    /// `--force`), which would put the files somewhere else than the path says.
    func check(_ files: [(name: String, contents: String)]) throws {
        let fm = FileManager.default
        var linked = [directory]
        if files.contains(where: { $0.name.hasPrefix("assets/") }) { linked.append(directory.appendingPathComponent("assets")) }
        for folder in linked where !force && Self.isSymbolicLink(folder) {
            throw InputError(
                path: folder.path, "The output folder is a symbolic link, so the files would be written where it points.",
                hint: "pass the folder it points to with -o, or pass --force to write through the link")
        }
        for file in files {
            let target = directory.appendingPathComponent(file.name)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: target.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                throw InputError(path: target.path, "A folder is in the place of this output file, so no file was written.", hint: "move the folder away, or choose another folder with -o")
            }
            if !force, !Self.isGenerated(target) {
                throw InputError(
                    path: target.path, "This file was not written by retro, so it is left as it is.",
                    hint: "move it away, choose another folder with -o, or pass --force to replace it")
            }
        }
    }

    static func isSymbolicLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Writes and flushes `data`, so a rename after it never exposes an empty or partial file.
    static func writeDurably(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(code: errno) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw WriteFailure(code: written < 0 ? errno : ENOSPC) }
                offset += written
            }
        }
        guard fsync(fd) == 0 else { throw WriteFailure(code: errno) }
    }

    /// A failed system call, described by the system's own words ("File too large").
    struct WriteFailure: LocalizedError {
        let code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
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

    /// Test hooks: `RETRO_TEST_PAUSE_BEFORE_RENAME=SECONDS` holds the build after every file is
    /// staged and before any is renamed, `RETRO_TEST_PAUSE_AFTER_FIRST_RENAME=SECONDS` after the
    /// first rename, so a test can kill it at the worst moments.
    static func pauseForTests(_ variable: String, _ moment: String) {
        guard let text = ProcessInfo.processInfo.environment[variable], let seconds = Double(text), seconds > 0 else { return }
        FileHandle.standardError.write(Data("retro: test pause \(moment) (\(seconds) s)\n".utf8))
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

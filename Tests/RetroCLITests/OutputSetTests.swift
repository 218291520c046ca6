import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The output folder switches from one complete set to the next: a kill during the renames is
/// completed by the next build, targets are all checked before anything is touched, a file size
/// limit is a write error, and a symbolic link as the output folder is refused without `--force`.
@Suite struct OutputSetTests {
    /// The sample, built once, with its title changed so the next build writes different bytes.
    static func builtAndChanged() throws -> (copy: URL, out: URL) {
        let copy = try NoDataLostTests.copySample()
        #expect(try RetroBinary.run(["build", "incident.yaml"], cwd: copy).status == 0)
        let incident = copy.appendingPathComponent("incident.yaml")
        let text = try String(contentsOf: incident, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: CHANGED ", options: [], range: text.range(of: "title: ")).write(to: incident, atomically: true, encoding: .utf8)
        return (copy, copy.appendingPathComponent("retro-out"))
    }

    static func text(_ snapshot: [String: Data], _ name: String) -> String { String(decoding: snapshot[name] ?? Data(), as: UTF8.self) }

    @Test func aBuildKilledAfterItsFirstRenameIsCompletedByTheNext() throws {
        let (copy, out) = try Self.builtAndChanged()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let log = copy.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = try #require(RetroBinary.executable)
        process.arguments = ["build", "incident.yaml"]
        process.currentDirectoryURL = copy
        process.environment = ProcessInfo.processInfo.environment.merging(["RETRO_TEST_PAUSE_AFTER_FIRST_RENAME": "30"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("after the first rename") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let killed = try NoDataLostTests.snapshot(out)
        // The first file is the new one; the rest still the old set, with the journal beside them.
        #expect(Self.text(killed, "retrospective.md").contains("CHANGED"))
        #expect(!Self.text(killed, "retrospective.html").contains("CHANGED"))
        #expect(killed.keys.contains(".retro-commit"), "\(killed.keys.sorted())")

        // A build that writes only the customer summary completes the internal set first.
        let next = try RetroBinary.run(["build", "incident.yaml", "--audience", "customer"], cwd: copy)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("completed"), "\(next.stderr)")
        let after = try NoDataLostTests.snapshot(out)
        #expect(Self.text(after, "retrospective.md").contains("CHANGED"))
        #expect(Self.text(after, "retrospective.html").contains("CHANGED"), "a mixed set: new Markdown, old HTML")
        #expect(!after.keys.contains { $0.contains(".retro-tmp-") || $0.contains(".retro-commit") }, "\(after.keys.sorted())")
    }

    @Test func aFolderInPlaceOfATargetFailsBeforeAnythingIsTouched() throws {
        let (copy, out) = try Self.builtAndChanged()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: out.appendingPathComponent("customer-summary.md"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("customer-summary.md"), withIntermediateDirectories: false)
        let before = try NoDataLostTests.snapshot(out)
        let result = try RetroBinary.run(["build", "incident.yaml", "--force"], cwd: copy)
        #expect(result.status == 2)
        #expect(result.stderr.contains("customer-summary.md: A folder is in the place of this output file"), "\(result.stderr)")
        #expect(try NoDataLostTests.snapshot(out) == before, "files were replaced before the failure")
    }

    @Test func aFileSizeLimitIsAWriteError() throws {
        let copy = try NoDataLostTests.copySample()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let exe = try #require(RetroBinary.executable)
        // 8 blocks: smaller than the retrospective, larger than nothing.
        let result = try RetroBinary.run(["-c", "ulimit -f 8 && exec \"$0\" build incident.yaml", exe.path], cwd: copy, shell: true)
        #expect(result.status == 2, "killed by SIGXFSZ? \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        let left = try NoDataLostTests.snapshot(copy.appendingPathComponent("retro-out"))
        #expect(!left.keys.contains { $0.contains(".retro-tmp-") }, "temporary files left: \(left.keys.sorted())")
        #expect(!left.keys.contains("retrospective.md"))
    }

    @Test(arguments: ["", "assets"])
    func aSymbolicLinkAsTheOutputFolderIsRefusedWithoutForce(_ linked: String) throws {
        let copy = try NoDataLostTests.copySample()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let elsewhere = copy.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let out = copy.appendingPathComponent("out")
        if linked.isEmpty {
            try FileManager.default.createSymbolicLink(at: out, withDestinationURL: elsewhere)
        } else {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: out.appendingPathComponent(linked), withDestinationURL: elsewhere)
        }
        let refused = try RetroBinary.run(["build", "incident.yaml", "-o", "out"], cwd: copy)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is a symbolic link"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        let forced = try RetroBinary.run(["build", "incident.yaml", "-o", "out", "--force"], cwd: copy)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty))
    }
}

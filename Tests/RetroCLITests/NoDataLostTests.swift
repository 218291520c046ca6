import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A build never loses what was there: hand-edited files survive, a failing build writes nothing,
/// and a build killed with SIGKILL before its renames leaves the previous outputs byte-for-byte.
@Suite struct NoDataLostTests {
    static let sample = "samples/video-start-slo"

    /// A copy of the sample in a temporary folder, so tests can break its sources.
    static func copySample() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        let copy = dir.appendingPathComponent("incident")
        try FileManager.default.copyItem(at: RetroBinary.root.appendingPathComponent(sample), to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("retro-out"))
        return copy
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for name in names {
            var isDir: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func aHandEditedFileIsNeverReplacedWithoutForce() throws {
        let copy = try Self.copySample()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let out = copy.appendingPathComponent("retro-out")
        #expect(try RetroBinary.run(["build", "incident.yaml"], cwd: copy).status == 0)
        // The user edits the generated Markdown and removes the marker: it is theirs now.
        let md = out.appendingPathComponent("retrospective.md")
        let edited = try String(contentsOf: md, encoding: .utf8).replacingOccurrences(of: "retro:generated", with: "edited by hand") + "\nMy notes.\n"
        try edited.write(to: md, atomically: true, encoding: .utf8)
        let before = try Self.snapshot(out)
        let refused = try RetroBinary.run(["build", "incident.yaml"], cwd: copy)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("retrospective.md: This file was not written by retro"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(try Self.snapshot(out) == before, "nothing at all was written")
        #expect(try RetroBinary.run(["build", "incident.yaml", "--force"], cwd: copy).status == 0)
        #expect(try String(contentsOf: md, encoding: .utf8).contains("retro:generated"))
    }

    @Test func aBuildThatFailsOnItsLastSourceWritesNothing() throws {
        let copy = try Self.copySample()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let out = copy.appendingPathComponent("retro-out")
        #expect(try RetroBinary.run(["build", "incident.yaml"], cwd: copy).status == 0)
        let before = try Self.snapshot(out)
        #expect(before.keys.contains("retrospective.html"))
        // Break the last source read (monitoring comes after chat and alerts).
        try "timestamp,value\n2026-06-05 10:00:00,not-a-number\n".write(to: copy.appendingPathComponent("metrics/video_start_within_3s.csv"), atomically: true, encoding: .utf8)
        let failed = try RetroBinary.run(["build", "incident.yaml"], cwd: copy)
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(failed.stderr.contains("video_start_within_3s.csv:2"), "\(failed.stderr)")
        #expect(try Self.snapshot(out) == before)
    }

    @Test func aBuildKilledBeforeItsRenamesLeavesThePreviousOutputsIntact() throws {
        let copy = try Self.copySample()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let out = copy.appendingPathComponent("retro-out")
        #expect(try RetroBinary.run(["build", "incident.yaml"], cwd: copy).status == 0)
        let before = try Self.snapshot(out)
        // Change an input so the interrupted build would write different bytes.
        let incident = copy.appendingPathComponent("incident.yaml")
        let text = try String(contentsOf: incident, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: CHANGED ", options: [], range: text.range(of: "title: ")).write(to: incident, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = try #require(RetroBinary.executable)
        process.arguments = ["build", "incident.yaml"]
        process.currentDirectoryURL = copy
        process.environment = ProcessInfo.processInfo.environment.merging(["RETRO_TEST_PAUSE_BEFORE_RENAME": "30"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until every file is staged (the hook pauses then), then kill it at that moment.
        let deadline = Date().addingTimeInterval(60)
        var staged: [String] = []
        while Date() < deadline {
            staged = try Self.snapshot(out).keys.filter { $0.contains(".retro-tmp-") }
            if staged.contains(where: { $0.hasSuffix("retrospective.html.retro-tmp-\(process.processIdentifier)") }) { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(!staged.isEmpty, "the build staged its files before the pause")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let after = try Self.snapshot(out)
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
        let leftovers = after.keys.filter { !before.keys.contains($0) }
        #expect(leftovers.allSatisfy { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.contains(".retro-tmp-") }, "only hidden temporaries: \(leftovers)")

        // The next build succeeds, writes the change and removes the dead build's temporaries.
        #expect(try RetroBinary.run(["build", "incident.yaml"], cwd: copy).status == 0)
        let rebuilt = try Self.snapshot(out)
        #expect(!rebuilt.keys.contains { $0.contains(".retro-tmp-") }, "\(rebuilt.keys.sorted())")
        #expect(String(decoding: rebuilt["retrospective.md"] ?? Data(), as: UTF8.self).contains("CHANGED"))
    }
}

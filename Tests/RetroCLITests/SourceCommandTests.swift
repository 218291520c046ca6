import Foundation
import Testing

/// `retro validate` on sources, and `retro inspect --as` and empty or undated inputs, end to end.
@Suite struct SourceCommandTests {
    @Test func validateFailsWithThePathOfAMissingSource() throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exports"), withIntermediateDirectories: true)
        try Data("[]".utf8).write(to: folder.appendingPathComponent("exports/pd.json"))
        let yaml = """
            schema: retro/v1
            id: INC-512
            title: Search results empty for logged-in users
            severity: SEV2
            sources:
              alerts:
                - path: exports/pd.json
              chat:
                - path: exports/inc-512.json
            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("incident.yaml"))
        let result = try RetroBinary.run(["validate", "incident.yaml"], cwd: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("incident.yaml:9:7:"), "\(result.stderr)")
        #expect(result.stderr.contains("$.sources.chat[0].path"))
        #expect(result.stderr.contains("'exports/inc-512.json' does not exist"))
        #expect(!result.stderr.contains("exports/pd.json'"))
    }

    @Test func chatSourceDateDatesATextLogWhoseNameHasNone() throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("chat"), withIntermediateDirectories: true)
        try Data("[09:01] <ana> db7 replica lag climbing\n[09:04] <ben> failing over now\n".utf8).write(to: folder.appendingPathComponent("chat/ops.log"))
        func incident(_ source: String) throws {
            let yaml = """
                schema: retro/v1
                id: INC-9
                title: Replica lag on db7
                severity: SEV2
                sources:
                  chat: [\(source)]
                """
            try Data(yaml.utf8).write(to: folder.appendingPathComponent("incident.yaml"))
        }
        try incident("{path: chat/ops.log, format: irc, date: 2026-03-14}")
        let dated = try RetroBinary.run(["timeline", "incident.yaml", "--json"], cwd: folder)
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(dated.stdout.contains("2026-03-14T09:04:00"), "\(dated.stdout)")

        try incident("{path: chat/ops.log, format: irc}")
        let undated = try RetroBinary.run(["timeline", "incident.yaml"], cwd: folder)
        #expect(undated.status == 2)
        #expect(undated.stderr.contains("give the chat source a 'date'"), "\(undated.stderr)")

        try incident("{path: chat/ops.log, format: irc, date: 2026-02-30}")
        let invalid = try RetroBinary.run(["validate", "incident.yaml"], cwd: folder)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("incident.yaml:6:"), "\(invalid.stderr)")
        #expect(invalid.stderr.contains("$.sources.chat[0].date"))
    }

    @Test func inspectSaysAFileIsEmpty() throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("history.json"))
        let result = try RetroBinary.run(["inspect", "history.json"], cwd: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("history.json: The file is empty"), "\(result.stderr)")
        #expect(!result.stderr.contains("it starts ''"))
    }

    @Test func inspectAsListShowsOnlyUserFormatsWithASummaryEach() throws {
        let result = try RetroBinary.run(["inspect", "--as", "list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).count >= 3 })
        #expect(!result.stdout.contains("datadog-unsupported"))
        #expect(!result.stdout.contains("nab-labels"))
        #expect(lines.contains { $0.contains("alertmanager") && $0.contains("Alertmanager") })
    }

    @Test func inspectDatesAnUndatedLogWithTheDateOption() throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("22:05 priya: db primary not accepting writes\n22:09 marco: failing over\n".utf8).write(to: folder.appendingPathComponent("bridge.txt"))
        let refused = try RetroBinary.run(["inspect", "bridge.txt"], cwd: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bridge.txt:1: The log has times but no date"), "\(refused.stderr)")
        let read = try RetroBinary.run(["inspect", "bridge.txt", "--date", "2025-02-11", "--json"], cwd: folder)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("\"2025-02-11T22:05:00.000Z\""))
    }
}

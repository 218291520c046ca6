import Foundation
import Testing

@Suite struct FollowupsCommandTests {
    @Test func jsonListsEveryFollowUpWithOverdueFlags() throws {
        let result = try RetroBinary.run(["followups", "samples", "--json", "--as-of", "2026-04-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rows = try #require(object?["follow_ups"] as? [[String: Any]])
        #expect(rows.count == 13)
        let overdue = rows.filter { $0["overdue"] as? Bool == true }.map { "\($0["incident"] ?? "")/\($0["id"] ?? "")" }
        #expect(overdue == ["INC-2041/FU5", "INC-2041/FU2"])
        let first = try #require(rows.first)
        #expect(Set(first.keys) == ["incident", "id", "title", "owner", "due", "status", "tracker", "addresses", "overdue", "file"])
        #expect(first["file"] as? String == "samples/payments-pool-exhaustion/incident.yaml")
        #expect(first["addresses"] as? [String] == ["CF3"])
    }

    @Test func csvHasHeaderAndOneRowEach() throws {
        let result = try RetroBinary.run(["followups", "samples/admin-panel-production/incident.yaml", "--csv", "--as-of", "2026-10-12"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "incident,id,title,owner,due,status,tracker,addresses,overdue,file")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("INC-0917,FU5,") && $0.hasSuffix(",true,samples/admin-panel-production/incident.yaml") })
        #expect(lines.contains { $0.hasPrefix("INC-0917,FU2,") && $0.hasSuffix(",CF2 CF5,false,samples/admin-panel-production/incident.yaml") })
    }

    @Test func badDateExitsTwo() throws {
        let result = try RetroBinary.run(["followups", "samples", "--as-of", "20/04/2026"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    /// A folder with one good incident, one that fails validation, and a copy of the good one.
    private func mixedFolder() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        let good = """
            schema: retro/v1
            id: INC-7
            title: Queue backlog
            severity: SEV3
            follow_ups:
              - {id: FU1, title: Alert on queue age, owner: Platform, due: 2026-05-01, status: open}
            """
        try good.write(to: dir.appendingPathComponent("a-incident.yaml"), atomically: true, encoding: .utf8)
        try good.write(to: dir.appendingPathComponent("c-copy.yaml"), atomically: true, encoding: .utf8)
        try """
            schema: retro/v1
            id: INC-8
            title: Broken file
            severity: SEV3
            folow_ups: []
            """.write(to: dir.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func oneInvalidFileIsReportedAndTheRestListed() throws {
        let dir = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["followups", ".", "--as-of", "2026-04-20"], cwd: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.contains("INC-7 FU1 [open] due 2026-05-01, Platform: Alert on queue age (./a-incident.yaml)"), "\(result.stdout)")
        #expect(result.stderr.contains("retro: error: ./b-broken.yaml:5:1:"), "\(result.stderr)")
        #expect(result.stderr.contains("folow_ups"))
        #expect(result.stderr.contains("1 of 3 incident files could not be read"))
    }

    @Test func duplicateIncidentIdIsListedOnceWithAWarning() throws {
        let dir = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["followups", ".", "--json", "--as-of", "2026-04-20"], cwd: dir)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rows = try #require(object?["follow_ups"] as? [[String: Any]])
        #expect(rows.map { "\($0["incident"] ?? "")/\($0["id"] ?? "")" } == ["INC-7/FU1"])
        #expect(rows.first?["file"] as? String == "./a-incident.yaml")
        #expect(result.stderr.contains("retro: warning: './c-copy.yaml': incident 'INC-7' is also in './a-incident.yaml'"), "\(result.stderr)")
    }

    @Test func theSameFileNamedTwiceIsNoDuplicate() throws {
        let result = try RetroBinary.run(["followups", "samples/video-start-slo", "samples/video-start-slo/incident.yaml", "--csv", "--as-of", "2026-04-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"))
        let once = try RetroBinary.run(["followups", "samples/video-start-slo/incident.yaml", "--csv", "--as-of", "2026-04-20"])
        #expect(result.stdout.split(separator: "\n").count == once.stdout.split(separator: "\n").count)
    }

    @Test func aFolderWithoutIncidentFilesIsAnError() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# Notes\n".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["followups", dir.path, "samples/video-start-slo/incident.yaml", "--as-of", "2026-04-20"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("retro: error: \(dir.path): No incident file found in this folder."), "\(result.stderr)")
        #expect(result.stdout.contains("INC-3310"), "the incident that was found is still listed")
    }
}

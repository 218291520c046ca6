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
        #expect(Set(first.keys) == ["incident", "id", "title", "owner", "due", "status", "tracker", "addresses", "overdue"])
        #expect(first["addresses"] as? [String] == ["CF3"])
    }

    @Test func csvHasHeaderAndOneRowEach() throws {
        let result = try RetroBinary.run(["followups", "samples/admin-panel-production/incident.yaml", "--csv", "--as-of", "2026-10-12"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "incident,id,title,owner,due,status,tracker,addresses,overdue")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("INC-0917,FU5,") && $0.hasSuffix(",true") })
        #expect(lines.contains { $0.hasPrefix("INC-0917,FU2,") && $0.hasSuffix(",CF2 CF5,false") })
    }

    @Test func badDateExitsTwo() throws {
        let result = try RetroBinary.run(["followups", "samples", "--as-of", "20/04/2026"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }
}

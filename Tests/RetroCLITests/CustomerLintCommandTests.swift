import Foundation
import Testing

/// `retro lint --profile customer [--incident FILE]` on a hand-written summary.
@Suite struct CustomerLintCommandTests {
    static let leaky = """
        # Card payment disruption

        Card payments were briefly unavailable. Dana Ortiz restarted the pool on db-7 after @sam found it.
        No card data was exposed. Capacity will now grow with load; payments failed for many customers.

        """

    static let clean = """
        # Card payment disruption

        If you paid by card between 09:00 and 10:30 UTC on 14 March, your payment may have failed.
        No card data was exposed. Payment capacity will now grow automatically with load.

        """

    static func setUp() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        try RedactBuildTests.writeFixture(to: dir)
        try leaky.write(to: dir.appendingPathComponent("leaky.md"), atomically: true, encoding: .utf8)
        try clean.write(to: dir.appendingPathComponent("clean.md"), atomically: true, encoding: .utf8)
        return dir
    }

    /// (rule, match) pairs from the JSON report.
    static func findings(_ stdout: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        return diagnostics.map { "\($0["rule"] ?? "") \($0["match"] ?? "") \($0["severity"] ?? "")" }
    }

    @Test func profileAndIncidentDecideWhatIsFound() throws {
        let dir = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("leaky.md").path
        let incident = dir.appendingPathComponent("incident.yaml").path

        let internalRun = try RetroBinary.run(["lint", file, "--format", "json"])
        #expect(internalRun.status == 0, "\(internalRun.stdout)")
        #expect(try Self.findings(internalRun.stdout).allSatisfy { !$0.hasPrefix("customer.") })

        let generic = try RetroBinary.run(["lint", file, "--format", "json", "--profile", "customer"])
        #expect(generic.status == 1)
        let genericFindings = try Self.findings(generic.stdout)
        #expect(genericFindings.contains("customer.person-name @sam error"))
        #expect(genericFindings.contains("customer.minimizing briefly suggestion"))
        #expect(!genericFindings.contains { $0.contains("Dana Ortiz") })
        #expect(!genericFindings.contains { $0.contains("db-7") })

        let specific = try RetroBinary.run(["lint", file, "--format", "json", "--profile", "customer", "--incident", incident])
        #expect(specific.status == 1)
        let specificFindings = try Self.findings(specific.stdout)
        #expect(specificFindings.contains("customer.person-name Dana Ortiz error"))
        #expect(specificFindings.contains("customer.internal-host db-7 error"))
        #expect(specificFindings.contains("customer.minimizing briefly warning"), "the incident lasted 90 minutes")
    }

    @Test func aCleanSummaryPassesWithTheIncident() throws {
        let dir = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["lint", dir.appendingPathComponent("clean.md").path, "--profile", "customer", "--incident", dir.appendingPathComponent("incident.yaml").path])
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func incidentWithoutTheCustomerProfileIsAUsageError() throws {
        let dir = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["lint", dir.appendingPathComponent("clean.md").path, "--incident", dir.appendingPathComponent("incident.yaml").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--profile customer"))
    }

    @Test func explainShowsTheExampleContext() throws {
        let result = try RetroBinary.run(["explain", "customer.person-name"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--profile customer only"))
        #expect(result.stdout.contains("The examples assume an incident with: people Dana Ortiz"))
    }
}

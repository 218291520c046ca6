import Foundation
import Testing

/// `retro build --audience` and `--allow-findings`: which files are written, and when none is.
@Suite struct BuildAudienceTests {
    static func files(in dir: URL) -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") })
    }

    @Test(arguments: [
        (["--audience", "customer"], ["customer-summary.md", "customer-summary.html"]),
        (["--audience", "customer", "--format", "markdown"], ["customer-summary.md"]),
        (["--audience", "internal", "--format", "html"], ["retrospective.html"]),
        (["--audience", "all"], ["retrospective.md", "retrospective.html", "assets", "customer-summary.md", "customer-summary.html"]),
        ([], ["retrospective.md", "retrospective.html", "assets", "customer-summary.md", "customer-summary.html"]),
        (["--format", "html"], ["retrospective.html", "customer-summary.html"]),
    ] as [([String], [String])])
    func audienceSelectsDocuments(extra: [String], expected: [String]) throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", BuildCommandTests.sample("payments-pool-exhaustion"), "-o", out.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.files(in: out) == Set(expected))
        for file in expected where !file.hasPrefix("assets") { #expect(result.stdout.contains("wrote \(out.path)/\(file)")) }
    }

    @Test func customerSummaryIsDeterministic() throws {
        let a = try RetroBinary.temporaryDirectory(), b = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for dir in [a, b] { #expect(try RetroBinary.run(["build", BuildCommandTests.sample("video-start-slo"), "-o", dir.path, "--audience", "customer"]).status == 0) }
        for file in ["customer-summary.md", "customer-summary.html"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
    }

    /// An incident whose customer statement puts fault on a person.
    static func blamefulIncident(in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("incident.yaml")
        try """
            schema: retro/v1
            id: INC-9
            title: Checkout unavailable
            severity: SEV2
            timezone: Europe/Berlin
            window: {started: 2026-03-14T09:00:00Z, mitigated: 2026-03-14T10:00:00Z, resolved: 2026-03-14T10:30:00Z}
            impact:
              customer_statement: If you tried to pay, checkout failed. The on-call engineer should have caught the problem sooner.
              data_loss: false
            support: Contact the help centre.

            """.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: ["all", "customer"])
    func findingsStopTheBuildAndWriteNothing(audience: String) throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = try Self.blamefulIncident(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", incident.path, "-o", out.path, "--audience", audience])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("\(out.path)/customer-summary.md:"), "\(result.stderr)")
        #expect(result.stderr.contains("warning: [blame."), "\(result.stderr)")
        #expect(result.stderr.contains("retro: error: \(out.path)/customer-summary.md: The customer summary has lint findings"), "\(result.stderr)")
        #expect(result.stderr.contains("no file was written"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written, not even the internal retrospective")
        #expect(!result.stdout.contains("wrote"))
    }

    @Test func allowFindingsWrites() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = try Self.blamefulIncident(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", incident.path, "-o", out.path, "--audience", "customer", "--allow-findings"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: [blame."), "findings are still printed")
        #expect(Self.files(in: out) == ["customer-summary.md", "customer-summary.html"])
    }

    @Test func internalAudienceIgnoresCustomerFindings() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = try Self.blamefulIncident(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", incident.path, "-o", out.path, "--audience", "internal"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("customer-summary.md"))
        #expect(Self.files(in: out) == ["retrospective.md", "retrospective.html"])
    }

    @Test func missingCustomerFieldsAreBuildWarnings() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("incident.yaml")
        try "schema: retro/v1\nid: X\ntitle: Search slow\nseverity: SEV3\nfollow_ups:\n  - {id: FU1, title: Tune the index, public: true}\n".write(to: incident, atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["build", incident.path, "-o", dir.appendingPathComponent("out").path, "--audience", "customer"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: \(incident.path): customer summary: Follow-up 'FU1' is public but has no 'public_text'"), "\(result.stderr)")
        #expect(result.stderr.contains("'support' is missing"))
    }
}

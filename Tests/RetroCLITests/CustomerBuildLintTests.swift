import Foundation
import Testing

/// The customer summary `retro build` writes is redacted at level `all` and checked with the
/// `customer` lint profile against the unredacted incident.
@Suite struct CustomerBuildLintTests {
    static func incident(statement: String, in dir: URL) throws -> String {
        try RedactBuildTests.writeFixture(to: dir)
        let url = dir.appendingPathComponent("incident.yaml")
        var yaml = try String(contentsOf: url, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "internal:\n", with: "impact:\n  customer_statement: \"\(statement)\"\n  data_loss: false\nsupport: Contact support through the help centre.\ninternal:\n")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func namesAndHostsInCustomerFieldsAreRedacted() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.incident(statement: "Dana Ortiz saw card payments fail on db-7.payments.internal; mail dana.ortiz@acme-shop.com.", in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", path, "-o", out.path, "--audience", "customer"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try String(contentsOf: out.appendingPathComponent("customer-summary.md"), encoding: .utf8)
        for leak in ["Dana", "Ortiz", "db-7", "payments.internal", "acme-shop"] {
            #expect(!summary.contains(leak), "'\(leak)' in the customer summary")
        }
        #expect(summary.contains("The incident commander"))
    }

    @Test func minimisingAndTicketKeysStopTheBuild() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.incident(statement: "Card payments were briefly unavailable, see PAY-1234.", in: dir)
        let out = dir.appendingPathComponent("out")
        let refused = try RetroBinary.run(["build", path, "-o", out.path, "--audience", "customer"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[customer.minimizing]"), "the incident lasted 90 minutes")
        #expect(refused.stderr.contains("[customer.ticket-key]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let allowed = try RetroBinary.run(["build", path, "-o", out.path, "--audience", "customer", "--allow-findings"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }
}

import Foundation
import Testing

/// The customer summary `retro build` writes is checked with the `customer` lint profile before
/// redaction, and redacted at level `all` when `--allow-findings` publishes it anyway.
@Suite struct CustomerBuildLintTests {
    static func incident(statement: String, in dir: URL) throws -> String {
        try RedactBuildTests.writeFixture(to: dir)
        let url = dir.appendingPathComponent("incident.yaml")
        var yaml = try String(contentsOf: url, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "internal:\n", with: "impact:\n  customer_statement: \"\(statement)\"\n  data_loss: false\nsupport: Contact support through the help centre.\ninternal:\n")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The lint reads the fields before redaction: a name, a host and an address stop the build
    /// instead of being published as "[internal host removed]"; `--allow-findings` publishes the
    /// redacted text.
    @Test func namesAndHostsInCustomerFieldsStopTheBuild() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.incident(statement: "Dana Ortiz saw card payments fail on db-7.payments.internal; mail dana.ortiz@acme-shop.com.", in: dir)
        let out = dir.appendingPathComponent("out")
        let refused = try RetroBinary.run(["build", path, "-o", out.path, "--audience", "customer"])
        #expect(refused.status == 1, "\(refused.stderr)")
        for rule in ["[customer.person-name]", "[customer.internal-host]", "[customer.email]"] {
            #expect(refused.stderr.contains(rule), "\(rule) missing: \(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let allowed = try RetroBinary.run(["build", path, "-o", out.path, "--audience", "customer", "--allow-findings"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
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

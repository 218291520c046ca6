import Foundation
import Testing

/// `retro build --redact all` on chat, alerts, metrics and an incident file full of secrets and
/// personal data: none of the planted values reaches any output file.
@Suite struct RedactBuildTests {
    /// Every planted value, spelled so it survives Markdown and HTML escaping if it leaks.
    static let planted = [
        "Dana", "Ortiz", "Sam", "Keller", "Priya", "Raman", "U024BE7LH", "U031MK9QA", "U777",
        "dana.ortiz", "oncall+pay", "acme-shop", "10.20.30.40", "203.0.113.77", "2001:db8", "1234 5678", "867-5309",
        "xoxb", "ABCDEFGHIJKL", "Tr0ub4dor", "AKIAIOSFODNN7EXAMPLE", "abcdefghijklmnopqrstuvwxyz0123456789", "eyJhbGciOiJIUzI1NiJ9",
        "MIIEowIBAAKCAQEA7fake", "S3cretPass", "db-7", "payments.internal", "grafana.corp", "cache-3", "C024BE91L",
    ]

    /// User ids, and a key block inside a message the timeline shows only the first line of.
    static let notShownEvenUnredacted: Set<String> = ["U024BE7LH", "U031MK9QA", "U777", "MIIEowIBAAKCAQEA7fake"]

    static func writeFixture(to directory: URL) throws {
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    /// Occurrences of `value` as a whole word (so "Sam" does not count inside "Same").
    static func occurrences(of value: String, in text: String) -> Int {
        let escaped = NSRegularExpression.escapedPattern(for: value)
        guard let regex = try? NSRegularExpression(pattern: "(?<![A-Za-z0-9])" + escaped + "(?![A-Za-z0-9])") else { return 0 }
        return regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    static func outputs(in directory: URL) throws -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        for name in ["retrospective.md", "retrospective.html"] {
            result.append((name, try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)))
        }
        for name in ["customer-summary.md", "customer-summary.html"] where FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) {
            result.append((name, try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)))
        }
        let assets = directory.appendingPathComponent("assets")
        for name in try FileManager.default.contentsOfDirectory(atPath: assets.path).sorted() where name.hasSuffix(".svg") {
            result.append(("assets/" + name, try String(contentsOf: assets.appendingPathComponent(name), encoding: .utf8)))
        }
        return result
    }

    @Test func nothingPlantedSurvivesRedactAll() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.writeFixture(to: dir)
        let plain = try RetroBinary.run(["build", dir.appendingPathComponent("incident.yaml").path, "-o", dir.appendingPathComponent("plain").path])
        #expect(plain.status == 0, "\(plain.stderr)")
        let redacted = try RetroBinary.run(["build", dir.appendingPathComponent("incident.yaml").path, "-o", dir.appendingPathComponent("out").path, "--redact", "all"])
        #expect(redacted.status == 0, "\(redacted.stderr)")

        let before = try Self.outputs(in: dir.appendingPathComponent("plain"))
        let after = try Self.outputs(in: dir.appendingPathComponent("out"))
        #expect(after.contains { $0.name.hasPrefix("assets/") }, "the fixture has a chart")
        // The fixture really does carry each value into an unredacted build, so the check below means something.
        let missing = Self.planted.filter { value in !before.contains { Self.occurrences(of: value, in: $0.text) > 0 } }
        #expect(Set(missing).isSubset(of: Self.notShownEvenUnredacted), "planted but never shown: \(missing)")
        for file in after {
            for value in Self.planted {
                #expect(Self.occurrences(of: value, in: file.text) == 0, "'\(value)' survives in \(file.name)")
            }
        }
        let markdown = try #require(after.first { $0.name == "retrospective.md" }).text
        #expect(markdown.contains("the incident commander") || markdown.contains("The incident commander"))
        #expect(markdown.contains("Responder A"))
        #expect(markdown.contains("secret removed"))
    }

    @Test func timelineRedactsNamesToo() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.writeFixture(to: dir)
        let incident = dir.appendingPathComponent("incident.yaml").path
        let plain = try RetroBinary.run(["timeline", incident, "--json"])
        let redacted = try RetroBinary.run(["timeline", incident, "--json", "--redact", "names"])
        #expect(plain.status == 0 && redacted.status == 0, "\(redacted.stderr)")
        #expect(Self.occurrences(of: "Sam Keller", in: plain.stdout) > 0)
        for name in ["Dana", "Ortiz", "Sam", "Keller", "Priya", "Raman"] {
            #expect(Self.occurrences(of: name, in: redacted.stdout) == 0, "'\(name)' in the redacted timeline")
        }
        #expect(redacted.stdout.contains("the incident commander"))
        #expect(redacted.stdout.contains("10.20.30.40"), "names only: the IP stays")
    }

    @Test func unknownRedactionLevelIsAUsageError() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.writeFixture(to: dir)
        let result = try RetroBinary.run(["build", dir.appendingPathComponent("incident.yaml").path, "-o", dir.appendingPathComponent("out").path, "--redact", "everything"])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    static let files: [(String, String)] = [
        ("incident.yaml", #"""
            schema: retro/v1
            id: INC-7
            title: Checkout errors for card payments
            severity: SEV2
            services: [checkout, payments-api]
            timezone: UTC
            window:
              started: 2026-03-14T09:00:00Z
              resolved: 2026-03-14T10:30:00Z
            internal:
              domains: [corp.example.com]
              hosts: ["db-*"]
            people:
              - {id: U024BE7LH, name: Dana Ortiz, roles: [incident_commander], team: Payments SRE}
              - {id: U031MK9QA, name: Sam Keller, team: Payments API}
            sources:
              chat: [{path: chat.json, workspace_url: "https://acme-shop.slack.com"}]
              alerts: [{path: pagerduty.json}]
              monitoring: [{path: metrics.json, title: "Errors on db-7.payments.internal (10.20.30.40)"}]
            timeline:
              - {at: 2026-03-14T09:40:00Z, kind: action, text: "Dana Ortiz rotated AKIAIOSFODNN7EXAMPLE after Sam pasted it", actor: Sam Keller}
            technical_analysis: |
              The DSN postgres://payments:S3cretPass@db-7.payments.internal:5432/pay was in the log,
              next to the dashboard https://grafana.corp.example.com/d/pool and cache-3.internal.
            narrative: Dana called +49 30 1234 5678 and mailed dana.ortiz@acme-shop.com; Sam answered.
            contributing_factors:
              - {id: CF1, category: technical, title: Pool too small, description: "Sam Keller saw 203.0.113.77 and 2001:db8::7334 in the log."}
            follow_ups:
              - {id: FU1, title: Rotate the token ghp_abcdefghijklmnopqrstuvwxyz0123456789, owner: Payments SRE, addresses: [CF1]}
            """#),
        ("chat.json", #"""
            {"ok": true, "messages": [
              {"type": "message", "user": "U777", "ts": "1773480000.000100", "text": "hi <@U031MK9QA>, the bot token is xoxb-1234567890-ABCDEFGHIJKL and password=Tr0ub4dor&3", "user_profile": {"real_name": "Priya Raman"}},
              {"type": "message", "user": "U031MK9QA", "ts": "1773480300.000100", "text": "checkout errors are up on 10.20.30.40, call me at (555) 867-5309 or oncall+pay@acme-shop.com", "user_profile": {"real_name": "Sam Keller"}},
              {"type": "message", "user": "U024BE7LH", "ts": "1773480600.000100", "text": "I'm IC. Priya, see https://acme-shop.slack.com/archives/C024BE91L/p1736554636807919 and use Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N", "user_profile": {"real_name": "Dana Ortiz"}},
              {"type": "message", "user": "U031MK9QA", "ts": "1773481200.000100", "text": "rolled back payments-api on db-7, key was -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7fake\n-----END RSA PRIVATE KEY-----", "user_profile": {"real_name": "Sam Keller"}},
              {"type": "message", "user": "U024BE7LH", "ts": "1773484200.000100", "text": "resolved, thanks @sam and Priya Raman", "user_profile": {"real_name": "Dana Ortiz"}}
            ]}
            """#),
        ("pagerduty.json", #"""
            {"log_entries": [
              {"id": "L1", "type": "trigger_log_entry", "summary": "Triggered: errors on 10.20.30.40", "created_at": "2026-03-14T09:05:00Z",
               "agent": {"id": "PSVC", "type": "service_reference", "summary": "checkout"}, "service": {"id": "PSVC", "summary": "checkout"}, "incident": {"id": "PINC1", "summary": "[#7] Checkout errors"}},
              {"id": "L2", "type": "acknowledge_log_entry", "summary": "Acknowledged by Sam Keller", "created_at": "2026-03-14T09:07:00Z",
               "agent": {"id": "PSAM", "type": "user_reference", "summary": "Sam Keller"}, "service": {"id": "PSVC", "summary": "checkout"}, "incident": {"id": "PINC1", "summary": "[#7] Checkout errors"}}
            ]}
            """#),
        ("metrics.json", #"""
            {"status":"success","data":{"resultType":"matrix","result":[
             {"metric":{"__name__":"http_errors_ratio","instance":"10.20.30.40:9100","host":"db-7.payments.internal"},"values":[[1773478800,"0.01"],[1773480600,"0.2"],[1773482400,"0.3"],[1773484200,"0.01"],[1773486000,"0.01"]]}
            ]}}
            """#),
    ]
}

import Foundation
import RetroModel
import Testing

@testable import RetroLint

/// The `customer` profile: off by default, reads code and link targets, weighs minimising words
/// against the incident's figures, and never repeats a secret in its output.
@Suite struct CustomerProfileTests {
    static let leaky = """
        # Card payment disruption

        Card payments failed for 18% of attempts. No card data was exposed. Capacity will now grow with load.

        Dana Ortiz restarted [pgbouncer](https://grafana.payments.internal/d/1) after @sam asked; `ssh 10.0.3.7`.

        ```
        export AWS_KEY=AKIAIOSFODNN7EXAMPLE
        ```
        """

    static func lint(_ text: String, _ options: LintOptions) -> [Diagnostic] {
        Linter.lint(text, path: "summary.md", options: options)
    }

    static let customer = LintOptions(profile: .customer, customer: CustomerContext.examples)

    @Test func customerRulesAreOffInTheInternalProfile() {
        let found = Self.lint(Self.leaky, LintOptions())
        #expect(!found.contains { $0.category == .customer })
        var config = LintConfig()
        var on = LintConfig.RuleSettings()
        on.enabled = true
        config.rules["customer.email"] = on
        #expect(Linter.lint("Mail dana@example.com.", path: "a.md", config: config).isEmpty, "configuration cannot switch a customer rule on outside the profile")
    }

    @Test func leakRulesReadLinkTargetsInlineCodeAndCodeBlocks() {
        let found = Self.lint(Self.leaky, Self.customer)
        let byRule = Dictionary(grouping: found, by: \.rule).mapValues { $0.map { "\($0.line):\($0.column) \($0.match)" } }
        #expect(byRule["customer.person-name"] == ["5:1 Dana Ortiz", "5:79 @sam"])
        #expect(byRule["customer.internal-term"] == ["5:23 pgbouncer"])
        #expect(byRule["customer.internal-url"] == ["5:34 https://grafana.payments.internal/d/1"])
        #expect(byRule["customer.internal-host"] == ["5:96 10.0.3.7"])
        #expect(byRule["customer.secret"] == ["8:16 AKIAIO…"])
        #expect(byRule["customer.missing-content"] == nil)
    }

    @Test func withoutAContextOnlyGenericLeaksAreFound() {
        let found = Self.lint(Self.leaky, LintOptions(profile: .customer))
        let matches = found.filter { $0.category == .customer }.map(\.match)
        #expect(matches.contains("@sam"))
        #expect(matches.contains("AKIAIO…"))
        #expect(!matches.contains("Dana Ortiz"))
        #expect(!matches.contains("pgbouncer"))
    }

    /// Chat ids that are only digits (Zulip's, Mattermost's numeric ids) are not names: they would
    /// match every figure in the summary ("10:25 to 11:23"). The author's name still counts.
    @Test func numericChatIdsAreNotNames() {
        let incident = Incident(id: "INC-9", title: "Orders delayed", severity: "SEV2")
        let messages = [("25", "Tom Becker"), ("23", "Raj Iyer")].map { id, name in
            Message(id: id, at: Date(timeIntervalSince1970: 0), author: Message.Author(id: id, name: name), text: "on it", source: SourceRef(file: "chat.json"))
        }
        let context = CustomerContext(incident: incident, messages: messages)
        #expect(!context.vocabulary.people.contains("25"))
        #expect(context.vocabulary.people.contains("Tom Becker"))
        let options = LintOptions(profile: .customer, customer: context)
        let figures = Self.lint("Orders were delayed between 10:25 and 11:23 JST for 23% of customers.", options)
        #expect(!figures.contains { $0.rule == "customer.person-name" }, "\(figures.map(\.match))")
        let named = Self.lint("Tom Becker restarted the queue.", options)
        #expect(named.contains { $0.rule == "customer.person-name" })
    }

    @Test func configuredPeopleAreNamesToo() {
        var config = LintConfig()
        config.people = ["Robin Diaz"]
        let found = Linter.lint("Robin Diaz fixed it.", path: "a.md", config: config, options: LintOptions(profile: .customer))
        #expect(found.contains { $0.rule == "customer.person-name" && $0.match == "Robin Diaz" })
    }

    @Test func configurationAddsInternalNames() throws {
        let config = try LintConfig.parse("internal:\n  domains: [corp.example.com]\n  hosts: ['db-*']\n  names: [pgbouncer]\n", path: ".retro-lint.yml")
        #expect(config.internalNames == InternalNames(domains: ["corp.example.com"], hosts: ["db-*"], names: ["pgbouncer"]))
        let found = Linter.lint("pgbouncer on db-3 behind wiki.corp.example.com", path: "a.md", config: config, options: LintOptions(profile: .customer))
        #expect(found.filter { $0.category == .customer && $0.rule != "customer.missing-content" }.map(\.match) == ["pgbouncer", "db-3", "wiki.corp.example.com"])
        #expect(config.yamlDescription.contains("  hosts: [\"db-*\"]"))
        #expect(throws: InputError.self) { try LintConfig.parse("internal:\n  domain: [x]\n", path: ".retro-lint.yml") }
    }

    @Test func secretsAreNeverRepeatedInTheOutput() {
        let found = Self.lint(Self.leaky, Self.customer)
        for diagnostic in found {
            #expect(!diagnostic.message.contains("AKIAIOSFODNN7EXAMPLE"))
            #expect(!diagnostic.match.contains("AKIAIOSFODNN7EXAMPLE"))
        }
    }

    struct MinimizingCase: Sendable, CustomStringConvertible {
        let seconds: Double?
        let share: Double?
        let text: String
        let expected: Diagnostic.Severity?
        var description: String { "\(text) @ \(seconds.map { "\($0)s" } ?? "?"), \(share.map { "\($0)" } ?? "?")" }
    }

    static let minimizing: [MinimizingCase] = [
        MinimizingCase(seconds: 7500, share: nil, text: "Payments were briefly unavailable.", expected: .warning),
        MinimizingCase(seconds: 300, share: nil, text: "Payments were briefly unavailable.", expected: nil),
        MinimizingCase(seconds: nil, share: nil, text: "Payments were briefly unavailable.", expected: .suggestion),
        MinimizingCase(seconds: 300, share: 0.18, text: "Some customers saw errors.", expected: .warning),
        MinimizingCase(seconds: 7500, share: 0.01, text: "Some customers saw errors.", expected: nil),
        MinimizingCase(seconds: 300, share: 0.01, text: "A minor disruption.", expected: nil),
        MinimizingCase(seconds: 300, share: 0.2, text: "A minor disruption.", expected: .warning),
        MinimizingCase(seconds: nil, share: nil, text: "A minor disruption.", expected: .suggestion),
    ]

    @Test(arguments: minimizing)
    func minimizingIsWeighedAgainstTheFigures(_ c: MinimizingCase) {
        let options = LintOptions(profile: .customer, customer: CustomerContext(impactSeconds: c.seconds, affectedShare: c.share))
        let found = Self.lint(c.text, options).filter { $0.rule == "customer.minimizing" }
        #expect(found.map(\.severity) == (c.expected.map { [$0] } ?? []))
    }

    @Test func contradictionIsStatedWithTheFigure() throws {
        let options = LintOptions(profile: .customer, customer: CustomerContext(impactSeconds: 7500))
        let finding = try #require(Self.lint("Payments were briefly unavailable.", options).first { $0.rule == "customer.minimizing" })
        #expect(finding.message.contains("2 h 5 min"))
    }

    @Test func blameRulesStayOnInTheCustomerProfile() {
        let found = Self.lint("The on-call engineer should have caught the error.", Self.customer)
        #expect(found.contains { $0.category == .blame })
    }

    @Test func leakFindingsCanBeSuppressedAndTheMarkerIsNotALeak() {
        let text = """
            <!-- retro:generated from docs/INC-2041/incident.yaml -->
            # Summary

            <!-- retro-lint disable-next-line customer.email -- public support address -->
            Write to help@example.com.
            """
        let found = Self.lint(text, Self.customer).filter { $0.category == .customer && $0.rule != "customer.missing-content" }
        #expect(found.isEmpty, "\(found.map(\.match))")
    }

    @Test func escapedMarkdownStillLeaks() throws {
        let found = Self.lint(#"Thread: https\://acme.slack.com/archives/C1/p1736554636807919 — ask \<@U999ZZZ\>."#, Self.customer)
        let link = try #require(found.first { $0.rule == "customer.internal-url" })
        #expect((link.line, link.column, link.endColumn) == (1, 9, 61))
        #expect(link.match == "https://acme.slack.com/archives/C1/p1736554636807919")
        #expect(found.contains { $0.rule == "customer.person-name" && $0.match == "<@U999ZZZ>" })
    }

    @Test func positionsCountScalarsAfterMultibyteText() throws {
        let found = Self.lint("Zürich – ☕ see INC-2041 now", Self.customer)
        let key = try #require(found.first { $0.rule == "customer.ticket-key" })
        #expect((key.line, key.column, key.endColumn) == (1, 16, 23))
    }

    @Test(arguments: ["", "@", "\\", "x\r\n@dana\r\n", "🇩🇪 👩‍💻 db-7.payments.internal\u{301}", "<!-- retro-lint", "```\n-----BEGIN RSA PRIVATE KEY-----\n"])
    func oddTextGivesValidPositions(_ text: String) {
        for diagnostic in Self.lint(text, Self.customer) {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1 && diagnostic.endLine >= diagnostic.line, "\(diagnostic)")
        }
    }

    @Test func contextFromAnIncident() {
        var incident = Incident(id: "INC-2041", title: "t", severity: "SEV1")
        incident.window = IncidentWindow(started: Date(timeIntervalSince1970: 0), mitigated: Date(timeIntervalSince1970: 4500), resolved: Date(timeIntervalSince1970: 6000))
        incident.impact.summary = "Card payments failed for about 18,5 % of EU checkout attempts."
        incident.people = [Person(id: "U1", name: "Dana Ortiz")]
        let context = CustomerContext(incident: incident)
        #expect(context.impactSeconds == 4500)
        #expect(context.affectedShare == 0.185)
        #expect(context.vocabulary.people.contains("Dana Ortiz"))
        #expect(context.vocabulary.ticketKeys == ["INC-2041"])
    }
}

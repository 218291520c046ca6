import Foundation
import Testing

/// Names, hosts, addresses and secrets disguised so that a plain comparison misses them, in the
/// fields the customer summary publishes: `retro build --audience customer` must refuse every
/// one (exit code other than 0), with or without `--allow-findings`, and write nothing that holds it.
@Suite struct CustomerDisguisedLeakTests {
    struct Case: CustomStringConvertible, Sendable {
        var label: String
        var title = "Card payments failed for EU customers"
        var statement: String
        /// What must not reach any file.
        var leaked: String? = nil
        /// What `--allow-findings` does with it.
        var withFlag = WithFlag.refused
        var description: String { label }
    }

    enum WithFlag: Sendable {
        /// Still refused: redaction does not see through the disguise.
        case refused
        /// Published redacted, without the value: redaction finds it as written.
        case redacted
        /// Published as written: ticket keys and internal terms are the user's call.
        case published
    }

    /// The incident every case starts from; its people, `internal:` names and id are the secrets.
    static func incident(title: String, statement: String) -> String {
        """
        schema: retro/v1
        id: INC-2041
        title: \(yamlQuoted(title))
        severity: SEV2
        status: resolved
        timezone: Europe/Berlin
        services: [checkout]
        window:
          started: 2026-03-14T09:02:00Z
          detected: 2026-03-14T09:19:00Z
          mitigated: 2026-03-14T10:41:00Z
          resolved: 2026-03-14T11:07:00Z
        impact:
          summary: Card payments failed for some EU checkout attempts.
          customer_statement: \(yamlQuoted(statement))
          data_loss: false
          data_exposure: false
        support: Contact our support team through the help centre.
        people:
          - {id: U024BE7LH, name: Dana Ortíz, roles: [incident_commander]}
          - {id: U0G9QF9C6, name: Samuel Lindqvist}
        internal:
          domains: [payments.internal]
          hosts: ["db-*"]
          names: [payments-api, pg_bouncer]
        follow_ups:
          - {id: FU1, title: Add pool alerts, owner: Payments SRE, due: 2026-04-15, status: open, public: true, public_text: Payment capacity now grows with load.}

        """
    }

    /// A YAML double-quoted scalar; every scalar outside printable ASCII is written as an escape,
    /// so the file holds exactly the disguise under test.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value <= 0xFFFF ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }
        return out + "\""
    }

    static let zwsp = "\u{200B}", zwj = "\u{200D}", softHyphen = "\u{00AD}", cgj = "\u{034F}"

    static let leaks: [Case] = [
        Case(label: "name in NFD", statement: "Dana Ortíz restarted the service.".decomposedStringWithCanonicalMapping, leaked: "Ortí".decomposedStringWithCanonicalMapping),
        Case(label: "soft hyphen inside a name", statement: "Da\(softHyphen)na restarted the service.", leaked: "Da\(softHyphen)na", withFlag: .redacted),
        Case(label: "U+034F inside a name", statement: "Da\(cgj)na restarted the service.", leaked: "Da\(cgj)na", withFlag: .redacted),
        Case(label: "tag characters inside a name", statement: "Da\u{E0041}\u{E0042}na restarted the service.", leaked: "Da\u{E0041}\u{E0042}na"),
        Case(label: "ZWJ inside the title's name", title: "Payments restored by Da\(zwj)na", statement: "If you paid by card, your payment may have failed.", leaked: "Da\(zwj)na"),
        Case(label: "surname alone", statement: "Lindqvist restarted the service.", leaked: "Lindqvist"),
        Case(label: "given name alone", statement: "Samuel restarted the service.", leaked: "Samuel", withFlag: .redacted),
        Case(label: "name without its accents", statement: "Dana Ortiz restarted the service.", leaked: "Ortiz"),
        Case(label: "Cyrillic look-alike letters", statement: "D\u{0430}na restarted the service.", leaked: "D\u{0430}na"),
        Case(label: "full-width look-alike letters", statement: "\u{FF24}\u{FF41}\u{FF4E}\u{FF41} restarted the service.", leaked: "\u{FF24}\u{FF41}\u{FF4E}\u{FF41}"),
        Case(label: "address written out", statement: "Write to dana at example dot com for help.", leaked: "dana at example dot com"),
        Case(label: "address with brackets", statement: "Write to dana [at] example [dot] com for help.", leaked: "dana [at] example [dot] com"),
        Case(label: "full-width at sign", statement: "Write to dana\u{FF20}example.com for help.", leaked: "dana\u{FF20}example.com"),
        Case(label: "internal host with look-alike letters", statement: "We restarted \u{0430}pi.p\u{0430}yments.internal today.", leaked: "p\u{0430}yments.internal"),
        Case(label: "internal host with ideographic full stops", statement: "We restarted api\u{3002}payments\u{3002}internal today.", leaked: "payments\u{3002}internal"),
        Case(label: "Slack token split by a zero-width space", statement: "The token xoxb-1234\(zwsp)5678-abcdefghijkl was rotated.", leaked: "5678-abcdefghijkl", withFlag: .redacted),
        Case(label: "Slack token split after its first half", statement: "The token xoxb-123456789012\(zwsp)-abcdefghijklmnop was rotated.", leaked: "abcdefghijklmnop", withFlag: .redacted),
        Case(label: "chat permalink without https", statement: "Details: acme.slack.com/archives/C0123ABCD/p1736554636807919", leaked: "acme.slack.com/archives"),
        Case(label: "chat permalink with www but no scheme", statement: "Details: www.acme.slack.com/archives/C0123ABCD/p1736554636807919", leaked: "acme.slack.com/archives"),
        Case(label: "internal term with a doubled space", statement: "The payments  api was slow.", leaked: "payments  api", withFlag: .published),
        Case(label: "internal term with a space for the dash", statement: "The payments api was slow.", leaked: "payments api", withFlag: .published),
        Case(label: "internal term with an underscore for the dash", statement: "The payments_api was slow.", leaked: "payments_api", withFlag: .published),
        Case(label: "internal term with a space for the underscore", statement: "The pg bouncer pool was full.", leaked: "pg bouncer", withFlag: .published),
        Case(label: "name and host before redaction", statement: "Dana restarted db-7.payments.internal to fix it.", leaked: "db-7", withFlag: .redacted),
    ]

    /// With `--allow-findings` the summary would be published redacted; redaction does not see
    /// through the disguises, so the build still refuses.
    @Test(arguments: leaks, [false, true])
    func disguisedLeakFailsTheBuild(_ leak: Case, allowFindings: Bool) throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incident.yaml")
        try Self.incident(title: leak.title, statement: leak.statement).write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", file.path, "-o", out.path, "--audience", "customer"] + (allowFindings ? ["--allow-findings"] : []))
        #expect(result.stderr.contains("customer."), "no leak finding: \(result.stderr)")
        let leaked = try #require(leak.leaked)
        if allowFindings, leak.withFlag == .published {
            // Reported, then written as the user asked.
            #expect(result.status == 0, "\(result.stderr)")
            let page = (try? String(contentsOf: out.appendingPathComponent("customer-summary.md"), encoding: .utf8)) ?? ""
            #expect(page.contains(leaked))
            return
        }
        if allowFindings, leak.withFlag == .redacted {
            #expect(result.status == 0, "\(result.stderr)")
        } else {
            #expect(result.status != 0, "published with exit 0: \(leak.label)")
        }
        for written in (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String]) ?? [] {
            let text = (try? String(contentsOf: out.appendingPathComponent(written), encoding: .utf8)) ?? ""
            #expect(!text.contains(leaked), "\(written) holds '\(leaked)'")
        }
    }

    /// The control: the same incident with clean customer fields is published.
    @Test func cleanFieldsArePublished() throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incident.yaml")
        let statement = "If you paid by card in the EU, your payment may have failed; customers at example.com saw the same."
        try Self.incident(title: "Card payments failed for EU customers", statement: statement).write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", file.path, "-o", out.path, "--audience", "customer"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("customer-summary.html"), encoding: .utf8)
        #expect(page.contains("your payment may have failed"))
    }

    static let placeholders: [Case] = [
        Case(label: "title from retro init", title: "TODO: what users experienced", statement: "If you paid by card, your payment may have failed.", leaked: "title"),
        Case(label: "template placeholder", statement: "If you used {{product}}, your payment may have failed.", leaked: "impact.customer_statement"),
        Case(label: "angle-bracket placeholder", statement: "If you used <product name>, your payment may have failed.", leaked: "impact.customer_statement"),
        Case(label: "redaction marker", statement: "The [internal host removed] was restarted.", leaked: "impact.customer_statement"),
        Case(label: "hidden TODO", statement: "T\(zwsp)ODO describe the impact", leaked: "impact.customer_statement"),
    ]

    /// A placeholder is never published: exit code 2, naming the field and its line.
    @Test(arguments: placeholders)
    func placeholderIsAnError(_ item: Case) throws {
        let folder = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incident.yaml")
        try Self.incident(title: item.title, statement: item.statement).write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", file.path, "-o", out.path])
        #expect(result.status == 2, "\(result.stderr)")
        let field = try #require(item.leaked)
        let line = field == "title" ? 3 : 15
        #expect(result.stderr.contains("incident.yaml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("'\(field)' holds the placeholder"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

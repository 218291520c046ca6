import Testing

@testable import RetroModel

/// The detectors behind redaction and the `customer` lint profile: what they find, and the
/// ordinary text they must leave alone.
@Suite struct SensitiveScannerTests {
    static let vocabulary = SensitiveVocabulary(
        internalNames: InternalNames(domains: ["corp.example.com"], hosts: ["db-*", "*.svc.cluster.local"], names: ["pgbouncer", "payments-api"]),
        people: ["Dana Ortiz", "Dana", "U024BE7LH", "sam.k"], ticketKeys: ["INC-2041"])
    static let scanner = SensitiveScanner(vocabulary: vocabulary)

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let kind: SensitiveKind
        let match: String
        var description: String { "\(kind): \(text)" }
    }

    static let positives: [Case] = [
        Case(text: "mail dana.ortiz@example.com now", kind: .email, match: "dana.ortiz@example.com"),
        Case(text: "from 203.0.113.9 again", kind: .ipAddress, match: "203.0.113.9"),
        Case(text: "the primary is 10.0.3.7:5432.", kind: .ipAddress, match: "10.0.3.7"),
        Case(text: "range 172.16.0.0/12 blocked", kind: .ipAddress, match: "172.16.0.0/12"),
        Case(text: "v6 peer 2001:db8:85a3::8a2e:370:7334 dropped", kind: .ipAddress, match: "2001:db8:85a3::8a2e:370:7334"),
        Case(text: "bound to fe80::1ff:fe23:4567:890a only", kind: .ipAddress, match: "fe80::1ff:fe23:4567:890a"),
        Case(text: "call +49 30 1234 5678 for the bridge", kind: .phone, match: "+49 30 1234 5678"),
        Case(text: "call +1 (555) 123-4567", kind: .phone, match: "+1 (555) 123-4567"),
        Case(text: "or (555) 123-4567 after hours", kind: .phone, match: "(555) 123-4567"),
        Case(text: "pager 555-123-4567.", kind: .phone, match: "555-123-4567"),
        Case(text: "token xoxb-123456789012-abcdefABCDEF leaked", kind: .secret, match: "xoxb-123456789012-abcdefABCDEF"),
        Case(text: "app token xapp-1-A0123456-abcdef123", kind: .secret, match: "xapp-1-A0123456-abcdef123"),
        Case(text: "key AKIAIOSFODNN7EXAMPLE in the log", kind: .secret, match: "AKIAIOSFODNN7EXAMPLE"),
        Case(text: "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", kind: .secret, match: "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        Case(text: "curl -H 'Authorization: Bearer abc123def456ghi' …", kind: .secret, match: "Authorization: Bearer abc123def456ghi"),
        Case(text: "sent bearer eyJ0eXAiOiJKV1Qi9 with it", kind: .secret, match: "bearer eyJ0eXAiOiJKV1Qi9"),
        Case(text: "GitHub ghp_abcdefghijklmnopqrstuvwxyz0123456789 here", kind: .secret, match: "ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
        Case(text: "set password=hunter2 on the box", kind: .secret, match: "password=hunter2"),
        Case(text: "with api_key: sk_live_51Habc", kind: .secret, match: "api_key: sk_live_51Habc"),
        Case(text: "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N end", kind: .secret, match: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N"),
        Case(text: "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\nthanks", kind: .secret, match: "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"),
        Case(text: "dsn postgres://app:s3cret@db.example.com:5432/pay ok", kind: .credentialURL, match: "postgres://app:s3cret@db.example.com:5432/pay"),
        Case(text: "on db-7.payments.internal today", kind: .internalHost, match: "db-7.payments.internal"),
        Case(text: "see grafana.corp.example.com.", kind: .internalHost, match: "grafana.corp.example.com"),
        Case(text: "pods on api.svc.cluster.local", kind: .internalHost, match: "api.svc.cluster.local"),
        Case(text: "the replica db-12 lagged", kind: .internalHost, match: "db-12"),
        Case(text: "dashboard https://grafana.corp.example.com/d/abc?x=1.", kind: .internalURL, match: "https://grafana.corp.example.com/d/abc?x=1"),
        Case(text: "([runbook](http://10.1.2.3/runbook))", kind: .internalURL, match: "http://10.1.2.3/runbook"),
        Case(text: "thread https://acme.slack.com/archives/C024BE91L/p1736554636807919 here", kind: .chatPermalink, match: "https://acme.slack.com/archives/C024BE91L/p1736554636807919"),
        Case(text: "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000000", kind: .chatPermalink, match: "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000000"),
        Case(text: "https://discord.com/channels/1/2/3", kind: .chatPermalink, match: "https://discord.com/channels/1/2/3"),
        Case(text: "https://chat.example.com/team/pl/ab12cd34ef56gh78ij90kl12mn", kind: .chatPermalink, match: "https://chat.example.com/team/pl/ab12cd34ef56gh78ij90kl12mn"),
        Case(text: "tracked in PAY-1234.", kind: .ticketKey, match: "PAY-1234"),
        Case(text: "see INC-2041 for details", kind: .ticketKey, match: "INC-2041"),
        Case(text: "restarted pgbouncer twice", kind: .internalTerm, match: "pgbouncer"),
        Case(text: "Payments-API returned 500s", kind: .internalTerm, match: "Payments-API"),
        Case(text: "thanks Dana Ortiz!", kind: .person, match: "Dana Ortiz"),
        Case(text: "Dana restarted it", kind: .person, match: "Dana"),
        Case(text: "as U024BE7LH said", kind: .person, match: "U024BE7LH"),
        Case(text: "hi @Dana Ortiz, over to you", kind: .person, match: "@Dana Ortiz"),
        Case(text: "ping @robin.k please", kind: .handle, match: "@robin.k"),
        Case(text: "cc <@U999ZZZ> now", kind: .handle, match: "<@U999ZZZ>"),
    ]

    @Test(arguments: positives)
    func finds(_ c: Case) throws {
        let spans = Self.scanner.scan(c.text)
        let span = try #require(spans.first { $0.kind == c.kind }, "found \(spans.map { "\($0.kind):\($0.text)" })")
        #expect(span.text == c.match)
        #expect(String(c.text[span.range]) == c.match)
    }

    static let negatives: [String] = [
        "Rolled back payments 4.18.2 to 4.18.1 at 10:35.",
        "The window was 2026-03-14T09:02:00Z to 2026-03-14T11:07:00.123Z (2025-01-10).",
        "It took 1h 30m, then 00:45:12 more; p99 rose to 1.25 s and 12.5% of requests failed.",
        "Slack ts 1736554636.807919 and thread 1736554600.000100 are message ids.",
        "The incident was SEV-1, then SEV-2; UTF-8 and ISO-8601 and SHA-256 and RFC-1918 are standards.",
        "The job runs at 09:00 UTC-7 (GMT-7), that is 16:00 UTC.",
        "Checkout was slow for everyone using the web app; the team kept the status page current.",
        "A bearer token policy and an authorization header are concepts, and so is the password reset flow.",
        "Ask @here or @channel for help; email is the fastest way.",
        "See https://status.example.com/incidents/42 and https://www.example.com.",
        "Node.js 18.19.0 and Python 3.12 run in us-east-1 on ec2.",
        "The count went from 1,234,567 to 2,345,678 between 10:02 and 12:07 CET.",
        "checkout, the service, failed; the local team was at the corp office on the lan party.",
        "std::vector and a::b are not addresses, nor is 12:30:45.",
        "Odd links file:///etc/motd and http:///nothing and :// alone do no harm.",
    ]

    @Test(arguments: negatives)
    func leavesOrdinaryTextAlone(_ text: String) {
        let spans = Self.scanner.scan(text)
        #expect(spans.isEmpty, "found \(spans.map { "\($0.kind):\($0.text)" })")
    }

    static let odd: [String] = [
        "", "@", "<@", "<@U1", "://", "-----BEGIN RSA PRIVATE KEY-----", "\\", "\\\\",
        "db-7.payments.internal\u{301} and 10.0.0.1\u{20E3} then dana@exa\u{301}mple.com",
        "🇩🇪 👩‍💻 @Dana Ortiz\u{200D} INC-2041\r\nnext\rline", "e\u{301}@x.io \u{0}10.0.0.1\u{0}",
    ]

    @Test(arguments: odd)
    func oddTextNeverBreaksTheScanner(_ text: String) {
        for spans in [Self.scanner.scan(text), Self.scanner.scanMarkdown(text)] {
            for span in spans {
                #expect(span.range.lowerBound >= text.startIndex && span.range.upperBound <= text.endIndex)
                #expect(!String(text[span.range]).isEmpty)
            }
        }
    }

    @Test func credentialURLWinsOverTheEmailInsideIt() {
        let spans = Self.scanner.scan("postgres://dana:pw1@db.corp.example.com/x")
        #expect(spans.map(\.kind) == [.credentialURL])
    }

    @Test func replacingKeepsTheRestOfTheText() {
        let text = "Dana mailed ops@example.com from 10.0.0.5."
        let result = Self.scanner.replacing(in: text, kinds: SensitiveKind.pii) { $0.kind.placeholder }
        #expect(result == "Dana mailed [email removed] from [IP address removed].")
    }

    @Test func withoutAVocabularyGenericInternalHostsStillCount() {
        let spans = SensitiveScanner().scan("on cache-3.internal and db-7")
        #expect(spans.map(\.text) == ["cache-3.internal"])
    }

    @Test func markdownEscapesDoNotHideALeak() throws {
        let markdown = #"See https\://acme.slack.com/archives/C1/p1736554636807919 and \<@U999ZZZ\> on db\-7."#
        let spans = Self.scanner.scanMarkdown(markdown)
        #expect(spans.map(\.kind) == [.chatPermalink, .handle, .internalHost])
        let link = try #require(spans.first)
        #expect(String(markdown[link.range]) == #"https\://acme.slack.com/archives/C1/p1736554636807919"#)
        #expect(link.text == "https://acme.slack.com/archives/C1/p1736554636807919")
        #expect(spans.map { String(markdown[$0.range]) }.last == #"db\-7"#)
    }

    @Test func everyPatternCompiles() {
        #expect(SensitivePatterns.leading.count + SensitivePatterns.middle.count + SensitivePatterns.trailing.count == SensitivePatterns.expectedCount)
    }

    @Test func incidentVocabularyTreatsOnlyIdentifierServicesAsInternal() {
        var incident = Incident(id: "INC-7", title: "t", severity: "SEV2")
        incident.services = ["checkout", "payments-api", "s3"]
        var person = Person(id: "U1", name: "Dana Ortiz")
        person.aliases = ["dortiz"]
        incident.people = [person]
        let vocabulary = SensitiveVocabulary(incident: incident)
        #expect(vocabulary.internalNames.names == ["payments-api", "s3"])
        #expect(Set(vocabulary.people) == ["U1", "Dana Ortiz", "dortiz", "Dana"])
        #expect(vocabulary.ticketKeys == ["INC-7"])
    }
}

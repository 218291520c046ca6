import Foundation
import Testing

@testable import RetroAssemble
@testable import RetroModel

/// The byte gates and the last-stage cut of `SensitiveScanner` skip expressions only where they
/// could give no span: with them and without them, every text scans the same.
@Suite struct SensitiveGateTests {
    /// Pieces of text near the shapes the gates look for, on both sides of each test.
    static let pieces = [
        "10.0.0.7", "10.0.0", "v1.31.8", "1.2.3.4/24", "999.1.1.1", "at 10:08", "10:02:33", "fe80::1", "::1", "a::b",
        "2001:db8:0:0:0:0:2:1", "dead:beef", "+49 30 1234 5678", "+1", "(555) 123-4567", "(5", "555-123-4567", "555.123.4567",
        "123-45", "dana@example.com", "<@U024BE7LH>", "<@U1|dana>", "@dana", "@-x", "a@b", "@@", "x@.y", "PAY-1234", "us-west-2",
        "SEV-1", "A1-2", "db-7.payments.internal", "db-7", "grafana.corp.example.com", "host.LOCAL", "example.com", "a.b",
        "https://acme.slack.com/archives/C024BE91L/p1736590800000100", "https://status.example.com/x?a=b.", "ghp_abcdefghijklmnopqrstuvwxyz",
        "ghx_", "password=hunter22", "token: abc123!", "api_key = x9", "Authorization: Bearer abcdef123456", "xoxb-1234567890-abc",
        "AKIAABCDEFGHIJKLMNOP", "eyJabcdef.eyJabcdef.sig", "-----BEGIN RSA PRIVATE KEY-----", "pgbouncer", "INC-2041", "Dana Ortiz",
        "restarting", "checkout-api", "(", ")", ".", ":", "-", "+", "=", "@", "\n", "done.", "ok", "Zoë", "\u{212A}",
        // Digits of another script match `\d`; `ſ` and the Kelvin sign fold to `s` and `k`.
        "١٠.٠.٠.٧", "+٤٩ ٣٠ ١٢٣٤ ٥٦٧٨", "٥٥٥-١٢٣-٤٥٦٧", "(٥٥٥) ١٢٣-٤٥٦٧", "PAY-١٢", "paſſword=hunter22", "\u{212A}EY=abc", "tok\u{212A}en=x",
        "@Dana Ortiz", "DANA ORTIZ", "dana.", "dana.x", "Dana-Ortiz", "@@dana", "x@dana", "sam.k.", "@sam.k", "@lena", "@@lena",
        "Ana Ana", "Ana🤔", "🤔dana", "lucía", "Zoë Lind", "zoë lind", "dana—x", "@U024BE7LH:", "_dana", "dana_", "Dana Ortizz",
        "🤔", "—", "db—7.payments.internal", "checkout-api: x9!", "API_KEY: abc123!", "client-secret: abcdef1", "✅ token=abc123",
        "paßword=hunter22", "pa\u{017F}\u{017F}word: abc123!", "Ⓐlice", "\u{24B6}PI_KEY=x1", "→", "ﬁ", "⚠️",
    ]

    static let vocabularies = [
        SensitiveVocabulary(),
        SensitiveVocabulary(internalNames: InternalNames(domains: ["corp.example.com", "payments.internal"], names: ["pgbouncer"]), people: ["Dana Ortiz", "Dana", "dana", "U024BE7LH", "@lena", "Ana", "Ana Ana"], ticketKeys: ["INC-2041"]),
        SensitiveVocabulary(internalNames: InternalNames(domains: ["corp.example.com"], hosts: ["db-*"], names: ["checkout-api"]), people: ["sam.k", "Dana Ortiz", "Zoë", "Lee", "lucía.raman26", "Björn Mensah"]),
    ]

    static let kindSets: [Set<SensitiveKind>] = [
        Set(SensitiveKind.allCases), SensitiveKind.pii, SensitiveKind.pii.union(SensitiveKind.infrastructure).union([.person, .handle]),
        [.handle], [.internalHost], [.ipAddress, .phone], [.ticketKey],
    ]

    /// Texts of two to four pieces joined by a space, a comma or nothing, from a fixed seed.
    static func texts() -> [String] {
        var generator = SeededGenerator(seed: 18)
        var texts = pieces
        for _ in 0..<600 {
            let count = Int.random(in: 2...4, using: &generator)
            let joiners = [" ", ", ", "", "/"]
            var text = ""
            for index in 0..<count {
                if index > 0 { text += joiners.randomElement(using: &generator)! }
                text += pieces.randomElement(using: &generator)!
            }
            texts.append(text)
        }
        return texts
    }

    @Test(arguments: vocabularies.indices)
    func gatesChangeNoSpan(vocabulary: Int) {
        let gated = SensitiveScanner(vocabulary: Self.vocabularies[vocabulary], gated: true)
        let plain = SensitiveScanner(vocabulary: Self.vocabularies[vocabulary], gated: false)
        var differences: [String] = []
        for text in Self.texts() {
            for kinds in Self.kindSets where gated.scan(text, kinds: kinds) != plain.scan(text, kinds: kinds) {
                differences.append("\(text) [\(kinds.map(\.rawValue).sorted().joined(separator: ","))]")
            }
            if gated.someSpans(in: text, kinds: SensitiveKind.pii).isEmpty != plain.scan(text, kinds: SensitiveKind.pii).isEmpty {
                differences.append("someSpans \(text)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    /// The byte matcher finds what the names' expression finds, and answers for most texts.
    @Test(arguments: [true, false])
    func nameMatcherAgreesWithTheExpression(caseInsensitive: Bool) throws {
        let words: Set<String> = caseInsensitive ? ["Dana Ortiz", "Ana Ana", "Lee Ho", "Zoë Lind"] : ["Dana", "dana", "U024BE7LH", "@lena", "Ana", "sam.k", "Lee", "lucía", "Zoë"]
        let matcher = try #require(NameMatcher(words, caseInsensitive: caseInsensitive))
        let regex = try #require(SensitiveScanner.wordAlternation(words, caseInsensitive: caseInsensitive, mention: true))
        var answered = 0
        var found = 0
        for text in Self.texts() {
            guard let lowered = SensitiveScanner.plainLowered(text), let ranges = matcher.matches(in: Array(text.utf8), lowered: lowered) else { continue }
            answered += 1
            found += ranges.count
            #expect(ranges == regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map(\.range), "\(text)")
        }
        #expect(answered > Self.texts().count / 2 && found > 10)
    }

    @Test func nameMatcherTakesASCIINamesOnly() {
        // Names no plain text can hold are left out; names a plain text might match stop it.
        #expect(NameMatcher(["Zoë", "Dana"], caseInsensitive: true) != nil)
        #expect(NameMatcher(["lucía.raman26"], caseInsensitive: false) != nil)
        for name in ["\u{212A}im", "Jo\u{017F}h", "Stra\u{00DF}e", "Dana — ops"] {
            #expect(NameMatcher([name], caseInsensitive: true) == nil, "\(name)")
        }
        #expect(NameMatcher(["a"], caseInsensitive: false) == nil)
    }

    /// A plain text's lowered bytes are those of `lowercased()`; other texts have none.
    @Test(arguments: pieces + ["MiXeD — CaSe 🤔", "ünïcode", "Ⓐ", "\u{212A}", "١٢", "→ OK ✅"])
    func plainLoweringAgreesWithLowercased(text: String) {
        let plain = text.unicodeScalars.allSatisfy { $0.isASCII || SensitiveScanner.isCaselessSymbol($0) }
        #expect(SensitiveScanner.plainLowered(text) == (plain ? Array(text.lowercased().utf8) : nil))
    }

    /// The gates do skip: a plain chat line runs none of the address and number detectors.
    @Test func plainTextPassesNoGate() {
        let scanner = SensitiveScanner()
        let text = Array("ok so rolling back checkout-api to v1.31.8 in us-west-2 at 10:08".utf8)
        #expect(!ByteShapes.hasTicketShape(in: text))
        #expect(!ByteShapes.hasDottedRun(in: text))
        #expect(!ByteShapes.hasIPv6Run(in: text))
        #expect(!ByteShapes.hasDigitGroups(in: text))
        #expect(!ByteShapes.hasMailbox(in: text))
        #expect(scanner.internalSuffixes?.mayOccur(in: text) == false)
    }

    static let permalinks = [
        "https://acme.slack.com/archives/C024BE91L/p1736590800000100", "https://acme.slack.com/archives/C1/p17.",
        "https://acme.slack.com/archives/C1/p1?token=xoxb-1234567890-abc", "https://acme.slack.com/archives/[C1]/p1",
        "https://teams.microsoft.com/l/message/19:abc/1", "https://discord.com/channels/1/2/3",
        "https://chat.example.com/team/pl/abcdefghijklmnopqrstuvwxyz", "https://acme.slack.com/messages/C1",
        "HTTPS://ACME.SLACK.COM/archives/C1/p1", "https://acme.slack.com /archives/C1/p1", "slack.com/archives/C1",
        "https://user:pw@acme.slack.com/archives/C1/p1", "https://acme.slack.com/archives/C1/p1\"x",
    ]

    @Test(arguments: permalinks)
    func permalinkShortcutAgreesWithScrub(link: String) {
        var incident = Incident(id: "INC-1", title: "t", severity: "SEV2")
        incident.people = [Person(id: "dana", name: "Dana Ortiz")]
        for level in [RedactionLevel.pii, .all] {
            let redactor = Redactor(level: level, incident: incident)
            if redactor.scanner.removesWholePermalink(link, kinds: redactor.kinds) {
                #expect(redactor.scrub(link) != link, "\(level) \(link)")
            }
            #expect(redactor.keeps(link) == (redactor.scrub(link) == link), "\(level) \(link)")
        }
    }

    @Test func permalinkShortcutTakesSlackLinks() {
        let redactor = Redactor(level: .all, incident: Incident(id: "INC-1", title: "t", severity: "SEV2"))
        #expect(redactor.scanner.removesWholePermalink("https://acme.slack.com/archives/C024BE91L/p1736590800000100", kinds: redactor.kinds))
        #expect(!redactor.scanner.removesWholePermalink("https://status.example.com/x", kinds: redactor.kinds))
        #expect(!redactor.scanner.removesWholePermalink("https://acme.slack.com/archives/C1/p1", kinds: SensitiveKind.pii))
    }
}

/// A small deterministic generator (SplitMix64), so the generated texts are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

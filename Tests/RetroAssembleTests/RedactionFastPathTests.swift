import Foundation
import Testing

@testable import RetroAssemble
@testable import RetroModel

/// The shortcuts that make redaction fast on big exports give the same answers as the full scan.
@Suite struct RedactionFastPathTests {
    static let vocabulary = SensitiveVocabulary(
        internalNames: InternalNames(domains: ["corp.example.com"], hosts: ["db-*"], names: ["pgbouncer", "payments-api"]),
        people: ["Dana Ortiz", "Dana", "U024BE7LH", "sam.k"], ticketKeys: ["INC-2041"])

    /// Mentions next to the shapes that outrank them: e-mails, URLs with `@`, credential URLs.
    static let texts = [
        "ping @dana about it", "mail dana@example.com and @sam.k", "see https://grafana.example.com/@ops/d/1 then @lee",
        "postgres://app:s3cret@db-7:5432/pay failed, @ana", "<@U123|dana> and <@W9ABC> joined", "@here please look",
        "a@b.io @c", "no mention at all", "Dana Ortiz paged @Dana Ortiz on INC-2041 via pgbouncer",
        "user@@double @-dash @x", "ssh admin@10.0.0.7 then @bo", "K\u{212A}elvin @kö and @Zoë", "",
        "token xoxb-123456789012-abcdefABCDEF from @bot", "call +49 30 1234 5678 or @oncall.",
    ]

    @Test(arguments: texts)
    func handleShortcutMatchesTheFullScan(text: String) {
        let full = SensitiveScanner().scan(text).filter { $0.kind == .handle }.map { PseudonymTable.handleKey($0.text) }
        #expect(PseudonymTable.handles(in: text) == full)
    }

    @Test(arguments: texts)
    func scanningFewerKindsFindsTheSameSpans(text: String) {
        let scanner = SensitiveScanner(vocabulary: Self.vocabulary)
        let all = scanner.scan(text)
        let subsets: [Set<SensitiveKind>] = [[.handle], [.person], [.email, .secret], [.ticketKey], [.internalTerm], SensitiveKind.pii, []]
        for kinds in subsets {
            let wanted = all.filter { kinds.contains($0.kind) }
            #expect(scanner.scan(text, kinds: kinds) == wanted, "kinds \(kinds.map(\.rawValue).sorted())")
            let some = scanner.someSpans(in: text, kinds: kinds)
            #expect(some.isEmpty == wanted.isEmpty && some.allSatisfy(wanted.contains), "kinds \(kinds.map(\.rawValue).sorted())")
        }
    }

    static let links = [
        "https://acme.slack.com/archives/C024BE91L/p1736590800000100", "https://status.example.com/incidents/42",
        "https://grafana.corp.example.com/d/1", "https://example.com/users/dana", "https://example.com/u/Dana%20Ortiz",
        "https://example.com/[Dana]/x", "https://example.com/Responder A", "mailto:dana@example.com", "", "[Dana]",
    ]

    @Test(arguments: [RedactionLevel.pii, .all])
    func linkCheckAgreesWithScrub(level: RedactionLevel) {
        var incident = Incident(id: "INC-2041", title: "t", severity: "SEV2")
        var dana = Person(id: "dana", name: "Dana Ortiz")
        dana.roles = ["incident_commander"]
        incident.people = [dana]
        incident.internalNames = InternalNames(domains: ["corp.example.com"], hosts: [], names: [])
        let redactor = Redactor(level: level, incident: incident)
        for link in Self.links {
            #expect(redactor.keeps(link) == (redactor.scrub(link) == link), "\(link)")
        }
    }

    @Test(arguments: texts + ["MiXeD CaSe", "ünïcode", "\u{212A}"])
    func asciiLoweringAgreesWithLowercased(text: String) {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        #expect(SensitiveScanner.asciiLowered(text) == (isASCII ? Array(text.lowercased().utf8) : nil))
    }

    struct PrefilterCase: Sendable, CustomStringConvertible {
        let words: [String]
        let text: String
        let mayOccur: Bool
        var description: String { "\(words) in '\(text)'" }
    }

    static let prefilterCases: [PrefilterCase] = [
        PrefilterCase(words: ["Dana Ortiz", "U024BE7LH"], text: "paged DANA ORTIZ", mayOccur: true),
        PrefilterCase(words: ["Dana Ortiz", "U024BE7LH"], text: "cc <@u024be7lh>", mayOccur: true),
        PrefilterCase(words: ["Dana Ortiz", "U024BE7LH"], text: "nobody named here", mayOccur: false),
        PrefilterCase(words: ["Dana Ortiz"], text: "Dana Orti", mayOccur: false),
        PrefilterCase(words: ["pgbouncer"], text: "x", mayOccur: false),
        PrefilterCase(words: [], text: "anything", mayOccur: false),
        // Not ASCII, on either side: the expression decides.
        PrefilterCase(words: ["Zoë"], text: "nobody", mayOccur: true),
        PrefilterCase(words: ["Kelvin"], text: "\u{212A}elvin", mayOccur: true),
        // One letter is too short to index.
        PrefilterCase(words: ["k"], text: "nothing", mayOccur: true),
    ]

    @Test(arguments: prefilterCases)
    func prefilterSaysNoOnlyWhenNoWordOccurs(_ example: PrefilterCase) throws {
        let filter = LiteralPrefilter(example.words)
        let answer = filter.mayOccur(in: SensitiveScanner.asciiLowered(example.text))
        #expect(answer == example.mayOccur)
        if !answer, let regex = SensitiveScanner.wordAlternation(Set(example.words), caseInsensitive: true) {
            let text = example.text
            #expect(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil)
        }
    }

    /// Pseudonyms follow time order even when an author's earliest message comes late in the
    /// input, and authors with no id or name still each take a letter.
    @Test func pseudonymsFollowFirstAppearanceInTime() {
        let at = Date(timeIntervalSince1970: 1_736_000_000)
        let source = SourceRef(file: "chat.json")
        func message(_ id: String, _ name: String, _ minute: Double, _ text: String = "hi") -> Message {
            Message(id: "\(minute)", at: at.addingTimeInterval(minute * 60), author: .init(id: id, name: name), text: text, source: source)
        }
        let messages = [
            message("U2", "Ben", 5), message("U1", "Ana", 1), message("U2", "Ben", 0), message("", "", 2),
            message("", "", 3), message("U3", "Cy", 4, "cc <@U9|dee> and @ana"), message("U3", "Cy", 6, "cc <@U9|dee> and @ana"),
        ]
        let table = PseudonymTable(incident: Incident(id: "INC-1", title: "t", severity: "SEV2"), inputs: AssemblyInputs(messages: messages))
        // Ben (0), Ana (1), two nameless authors (2, 3), Cy (4) and Dee, mentioned by id (4).
        #expect(table.label(for: "Ben") == "Responder A")
        #expect(table.label(for: "U1") == "Responder B")
        #expect(table.label(for: "Cy") == "Responder E")
        #expect(table.label(for: "U9") == "Responder F")
        #expect(table.label(for: "@ana") == "Responder B")
    }

    @Test func repeatedTextsKeepTheirOwnPinsAndAuthors() {
        let at = Date(timeIntervalSince1970: 1_736_000_000)
        let source = SourceRef(file: "chat.json")
        let messages = [
            Message(id: "1", at: at, author: .init(id: "U1", name: "Ana"), text: "looking into it", source: source),
            Message(id: "2", at: at.addingTimeInterval(60), author: .init(id: "U2", name: "Ben"), text: "looking into it", pinned: true, source: source),
            Message(id: "3", at: at.addingTimeInterval(120), author: .init(id: "U1", name: "Ana B"), text: "lunch?", source: source),
        ]
        let timeline = TimelineExtractor().derive(incident: Incident(id: "INC-1", title: "t", severity: "SEV2"), messages: messages, alerts: [])
        let chat = timeline.events.filter { $0.origin == .chat }
        #expect(chat.map(\.actor) == ["Ana", "Ben"])
        #expect(chat.map(\.key) == [false, true])
        #expect(timeline.chatter.map(\.author.name) == ["Ana B"])
    }

    /// A channel large enough for the texts to be scrubbed on several threads gives each message
    /// what scrubbing it alone gives, canonically equal texts included; no address survives, one
    /// whose local part is not ASCII (`zoë@example.com`) included.
    @Test func manyDistinctTextsScrubAsEachAlone() {
        let at = Date(timeIntervalSince1970: 1_736_000_000)
        let source = SourceRef(file: "chat.json")
        let people = [("U1", "Dana Ortiz"), ("U2", "Sam Kim"), ("U3", "Zoë Lee")]
        let messages = (0..<3_000).map { number -> Message in
            let (id, name) = people[number % people.count]
            let base = Self.texts[number % Self.texts.count]
            // The same words written composed and decomposed: equal as Swift strings.
            let accent = number % 2 == 0 ? "caf\u{E9}" : "cafe\u{301}"
            let text = "\(base) \(accent) #\(number / 3) mail \(name.split(separator: " ")[0].lowercased())@example.com"
            return Message(id: "\(number)", at: at.addingTimeInterval(Double(number)), author: .init(id: id, name: name), text: text, source: source)
        }
        var incident = Incident(id: "INC-2041", title: "t", severity: "SEV2")
        incident.people = people.map { Person(id: $0.0, name: $0.1) }
        let inputs = AssemblyInputs(messages: messages)
        for level in [RedactionLevel.pii, .all] {
            let redactor = Redactor(level: level, incident: incident, inputs: inputs)
            let redacted = redactor.redact(inputs).messages
            #expect(redacted.count == messages.count)
            var first: [String: String] = [:]
            var mismatches = 0
            for (original, result) in zip(messages, redacted) {
                let expected = first[original.text] ?? redactor.scrub(original.text)
                first[original.text] = first[original.text] ?? expected
                if result.text != expected { mismatches += 1 }
            }
            #expect(mismatches == 0, "\(level): \(mismatches) texts differ from scrubbing each alone")
            let leaks = redacted.filter { $0.text.contains("@example.com") }.map(\.text)
            #expect(leaks.isEmpty, "\(level) leaves an address: \(leaks.prefix(2))")
        }
    }
}

import Foundation
import RetroIngest
import RetroModel
import Testing

@testable import RetroCLI

/// The customer summary of every sample names no one and no internal system: every person, chat
/// author, e-mail address, host and service found in the sample's inputs is absent from both files.
@Suite struct CustomerSummaryLeakTests {
    struct Secrets {
        /// Names, handles and ids: matched as whole words, case-sensitively.
        var words: Set<String> = []
        /// E-mail addresses, hosts and services: matched as whole tokens, ignoring case.
        var tokens: Set<String> = []
    }

    static let emailPattern = #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#
    /// Dotted names that end in a label of letters (`db-07.eu.internal`, `acme.slack.com`).
    static let hostPattern = #"(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"#

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// Every raw text file below the sample's source folders.
    static func rawTexts(_ folder: URL) -> [String] {
        let fm = FileManager.default
        var texts: [String] = []
        for sub in ["exports", "alerts", "metrics"] {
            guard let walker = fm.enumerator(at: folder.appendingPathComponent(sub), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                if let text = try? String(contentsOf: url, encoding: .utf8) { texts.append(text) }
            }
        }
        return texts
    }

    static func collect(_ name: String) throws -> Secrets {
        let path = "samples/\(name)/incident.yaml"
        let url = RetroBinary.root.appendingPathComponent(path)
        let loaded = try IncidentFile.load(url, displayPath: path)
        let inputs = try SourceLoader(loaded: loaded).load().inputs
        var s = Secrets()
        func person(_ text: String) {
            let t = text.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { return }
            s.words.insert(t)
            for part in t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where part.count >= 3 { s.words.insert(String(part)) }
        }
        for p in loaded.incident.people { ([p.id, p.name] + p.aliases).forEach(person) }
        for m in inputs.messages { person(m.author.id); person(m.author.name) }
        for a in inputs.alerts { if let actor = a.actor { person(actor) } }
        let texts = rawTexts(loaded.directory) + inputs.messages.map(\.text) + inputs.alerts.map(\.summary)
        for text in texts {
            s.tokens.formUnion(matches(emailPattern, in: text))
            s.tokens.formUnion(matches(hostPattern, in: text).filter { $0.contains(where: \.isLetter) })
        }
        s.tokens.formUnion(loaded.incident.services)
        return s
    }

    static func found(_ needle: String, in text: String, caseSensitive: Bool) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: needle)
        let pattern = "(?<![A-Za-z0-9])" + escaped + "(?![A-Za-z0-9])"
        return text.range(of: pattern, options: caseSensitive ? [.regularExpression] : [.regularExpression, .caseInsensitive]) != nil
    }

    @Test(arguments: BuildCommandTests.samples)
    func summaryLeaksNothingFromInputs(name: String) throws {
        let secrets = try Self.collect(name)
        // The collection itself must find something, or the test would pass vacuously.
        #expect(secrets.words.count >= 4, "\(secrets.words)")
        #expect(secrets.tokens.count >= 3, "\(secrets.tokens)")

        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", BuildCommandTests.sample(name), "-o", out.path, "--audience", "customer"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["customer-summary.md", "customer-summary.html"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            for word in secrets.words.sorted() { #expect(!Self.found(word, in: text, caseSensitive: true), "\(file) names '\(word)'") }
            for token in secrets.tokens.sorted() { #expect(!Self.found(token, in: text, caseSensitive: false), "\(file) contains '\(token)'") }
        }
    }

    /// The check itself catches a leak: a statement that names a responder and a host fails it.
    @Test func checkCatchesAPlantedLeak() throws {
        let secrets = try Self.collect("payments-pool-exhaustion")
        let planted = "If you paid by card, Dana restarted the pool on avatars.slack-edge.com."
        #expect(secrets.words.contains { Self.found($0, in: planted, caseSensitive: true) })
        #expect(secrets.tokens.contains { Self.found($0, in: planted, caseSensitive: false) })
    }
}

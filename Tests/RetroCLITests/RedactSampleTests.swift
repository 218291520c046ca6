import Foundation
import RetroIngest
import RetroModel
import Testing

@testable import RetroCLI

/// Every sample built with `--redact all`: no name, id or handle of a person from the incident
/// file, the chat or the alert log is left, and the scanner finds nothing it would remove.
@Suite struct RedactSampleTests {
    static let samples = ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"]

    /// Names, ids, aliases and first names of everyone the sample's inputs mention.
    static func people(of sample: String) throws -> Set<String> {
        let url = RetroBinary.root.appendingPathComponent("samples/\(sample)/incident.yaml")
        let loaded = try IncidentFile.load(url, displayPath: url.path)
        let inputs = try SourceLoader(loaded: loaded).load().inputs
        var names = Set<String>()
        for person in loaded.incident.people { names.formUnion([person.id, person.name] + person.aliases) }
        for message in inputs.messages where !message.bot && message.kind == .message { names.formUnion([message.author.id, message.author.name]) }
        for alert in inputs.alerts {
            if let actor = alert.actor, SensitiveVocabulary.looksLikePersonName(actor) { names.insert(actor) }
        }
        for name in Array(names) where name.contains(" ") {
            if let first = name.split(separator: " ").first, first.count >= 3 { names.insert(String(first)) }
        }
        return Set(names.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }.filter { $0.count >= 3 })
    }

    @Test(arguments: samples)
    func noPersonAndNothingSensitiveSurvives(sample: String) throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", "samples/\(sample)/incident.yaml", "-o", out.path, "--redact", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        let people = try Self.people(of: sample)
        #expect(people.count >= 4, "the sample names people: \(people)")
        let files = try RedactBuildTests.outputs(in: out)
        for file in files {
            for name in people {
                #expect(RedactBuildTests.occurrences(of: name, in: file.text) == 0, "'\(name)' survives in \(sample)/\(file.name)")
            }
            let left = SensitiveScanner().scan(file.text, kinds: SensitiveKind.pii.union(SensitiveKind.infrastructure))
            #expect(left.isEmpty, "\(sample)/\(file.name): \(left.map(\.text))")
        }
    }
}

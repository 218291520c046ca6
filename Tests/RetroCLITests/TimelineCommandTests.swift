import Foundation
import Testing

@Suite struct TimelineCommandTests {
    static let sample = "samples/payments-pool-exhaustion/incident.yaml"

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try RetroBinary.run(["timeline", Self.sample, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let window = try #require(object["window"] as? [String: Any])
        #expect(window["detected"] as? String == "2026-03-14T09:19:00.000Z")
        let durations = try #require(object["durations"] as? [String: Any])
        #expect(durations["time_to_detect_s"] as? Int == 1020)
        #expect(durations["time_to_resolve_s"] as? Int == 7500)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { ($0["sources"] as? [[String: Any]])?.first?["url"] as? String == "https://acme-shop.slack.com/archives/C06INC2041/p1773483480001876" })
        let signals = try #require(object["signals"] as? [[String: Any]])
        #expect(signals.contains { $0["kind"] as? String == "duplicate_work" })
    }

    /// `retro timeline` reports skipped records as `retro build` does, instead of dropping them silently.
    @Test func skippedRecordsAreReportedLikeBuild() throws {
        let sample = "samples/payments-pool-exhaustion/incident.yaml"
        let timeline = try RetroBinary.run(["timeline", sample, "--json"])
        #expect(timeline.status == 0)
        let skips = timeline.stderr.split(separator: "\n").filter { $0.contains(": skipped: ") }
        #expect(!skips.isEmpty, "the sample's alert log has notification entries that are skipped")
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try RetroBinary.run(["build", sample, "-o", out.path])
        #expect(build.stderr.split(separator: "\n").filter { $0.contains(": skipped: ") } == skips)
    }

    @Test func userVocabularyExtendsTheBuiltIn() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("vocabulary.json")
        try #"{"entries": [{"id": "stress", "kind": "note", "phrases": ["stressful"], "key": true}]}"#.write(to: file, atomically: true, encoding: .utf8)
        let plain = try RetroBinary.run(["timeline", Self.sample, "--tz", "UTC"])
        let extended = try RetroBinary.run(["timeline", Self.sample, "--tz", "UTC", "--vocabulary", file.path])
        #expect(!plain.stdout.contains("* 2026-03-14T10:03:20.001Z note"))
        #expect(extended.stdout.contains("* 2026-03-14T10:03:20.001Z note            [chat] this is stressful"))
        try #"{"entries": [{"id": 3}]}"#.write(to: file, atomically: true, encoding: .utf8)
        let bad = try RetroBinary.run(["timeline", Self.sample, "--vocabulary", file.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("$.entries[0].id"))
    }

    /// `vocabulary:` in the incident file is read relative to it, like `--vocabulary`; a missing file is a clear error.
    @Test func incidentFileVocabulary() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = URL(fileURLWithPath: "samples/payments-pool-exhaustion")
        for item in ["alerts", "exports", "metrics"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        let original = try String(contentsOf: sample.appendingPathComponent("incident.yaml"), encoding: .utf8)
        let incident = dir.appendingPathComponent("incident.yaml")
        try (original + "\nvocabulary: team/vocabulary.json\n").write(to: incident, atomically: true, encoding: .utf8)
        let missing = try RetroBinary.run(["timeline", incident.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("team/vocabulary.json"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("team"), withIntermediateDirectories: true)
        try #"{"entries": [{"id": "stress", "kind": "note", "phrases": ["stressful"], "key": true}]}"#
            .write(to: dir.appendingPathComponent("team/vocabulary.json"), atomically: true, encoding: .utf8)
        let extended = try RetroBinary.run(["timeline", incident.path, "--tz", "UTC"])
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stdout.contains("* 2026-03-14T10:03:20.001Z note            [chat] this is stressful"))
    }
}

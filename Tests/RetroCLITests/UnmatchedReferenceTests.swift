import Foundation
import Testing

/// An `exclude:` entry or a hand-written event's `source` that names no derived event does nothing;
/// `retro build`, `retro timeline` and `retro validate` say so, at the entry's line and column.
@Suite struct UnmatchedReferenceTests {
    struct Setup {
        var dir: URL
        var incident: URL
        /// (line, column, what the warning must quote) for each entry that matches nothing.
        var misses: [(line: Int, column: Int, quote: String)]
        /// What a warning must never quote: the entries that do match.
        var hits: [String]
    }

    /// The sample with three entries that match nothing and two that do.
    static func setUp() throws -> Setup {
        let dir = try RetroBinary.temporaryDirectory()
        let sample = RetroBinary.root.appendingPathComponent("samples/payments-pool-exhaustion")
        for item in ["alerts", "exports", "metrics", "incident.yaml"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        let incident = dir.appendingPathComponent("incident.yaml")
        // A record that is a derived event, from the sample's own timeline.
        let derived = try RetroBinary.run(["timeline", incident.path, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(derived.stdout.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let original = try String(contentsOf: incident, encoding: .utf8)
        // A derived chat event, not a hand-written one that took over a record's reference.
        let chat = try #require(events.first { event in
            !original.contains(String((event["text"] as? String ?? "").prefix(18))) &&
            (event["sources"] as? [[String: Any]])?.first?["file"] as? String == "inc-2041/2026-03-14.json"
                && ((event["text"] as? String)?.count ?? 0) > 20
        })
        let record = try #require((chat["sources"] as? [[String: Any]])?.first)
        let reference = "inc-2041/2026-03-14.json#\(try #require(record["index"] as? Int))"
        let words = String(try #require(chat["text"] as? String).prefix(18))

        var text = try String(contentsOf: incident, encoding: .utf8)
        let override = #"  - {at: 2026-03-14T09:40:00Z, kind: action, text: "Hand-written step", source: "inc-2041/2026-03-14.json#8888"}"#
        text = text.replacingOccurrences(of: "\ntimeline:\n", with: "\ntimeline:\n\(override)\n")
        text += "\nexclude:\n  - source: inc-2041/2026-03-14.json#9999\n  - text: zebra-unicorn\n  - source: \"\(reference)\"\n  - text: \"\(words)\"\n"
        try text.write(to: incident, atomically: true, encoding: .utf8)

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func position(_ needle: String, key: String) throws -> (Int, Int) {
            let index = try #require(lines.firstIndex { $0.contains(needle) }, "\(needle) is in the file")
            let column = try #require(lines[index].range(of: key)).lowerBound.utf16Offset(in: lines[index]) + 1
            return (index + 1, column)
        }
        let a = try position("#8888", key: "source:"), b = try position("#9999", key: "source:"), c = try position("zebra-unicorn", key: "text:")
        return Setup(
            dir: dir, incident: incident,
            misses: [(a.0, a.1, "#8888"), (b.0, b.1, "#9999"), (c.0, c.1, "zebra-unicorn")],
            hits: [reference + "'", words])
    }

    static func check(_ stderr: String, _ setup: Setup, _ command: String) {
        let warnings = stderr.split(separator: "\n").filter { $0.hasPrefix("retro: warning: ") }
        for miss in setup.misses {
            let place = "\(setup.incident.path):\(miss.line):\(miss.column): "
            let line = warnings.first { $0.contains(place) && $0.contains(miss.quote) }
            #expect(line != nil, "\(command): no warning at \(place) for \(miss.quote) in:\n\(stderr)")
            #expect(line?.contains("no derived timeline event") == true, "\(command): \(line ?? "")")
        }
        for hit in setup.hits {
            #expect(!warnings.contains { $0.contains(hit) }, "\(command): a matching entry was reported: \(hit)\n\(stderr)")
        }
    }

    @Test func timelineBuildAndValidateWarn() throws {
        let setup = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: setup.dir) }
        let timeline = try RetroBinary.run(["timeline", setup.incident.path])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        Self.check(timeline.stderr, setup, "timeline")
        let json = try RetroBinary.run(["timeline", setup.incident.path, "--json"])
        Self.check(json.stderr, setup, "timeline --json")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "stdout stays JSON")

        let build = try RetroBinary.run(["build", setup.incident.path, "-o", setup.dir.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        Self.check(build.stderr, setup, "build")

        let validate = try RetroBinary.run(["validate", setup.incident.path])
        #expect(validate.status == 0, "a warning does not fail validation: \(validate.stderr)")
        Self.check(validate.stderr, setup, "validate")
    }

    /// A file without `exclude:` or overrides is validated without reading its sources: a broken
    /// source is still only `build`'s business there, as before.
    @Test func validateReadsSourcesOnlyWhenItHasReferencesToCheck() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "not an alert log".write(to: dir.appendingPathComponent("alerts.json"), atomically: true, encoding: .utf8)
        let plain = "schema: retro/v1\nid: INC-9\ntitle: Search errors\nseverity: SEV2\nsources:\n  alerts: [{path: alerts.json}]\n"
        try plain.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        #expect(try RetroBinary.run(["validate", dir.appendingPathComponent("incident.yaml").path]).status == 0)
        try (plain + "exclude:\n  - text: coffee\n").write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        let checked = try RetroBinary.run(["validate", dir.appendingPathComponent("incident.yaml").path])
        #expect(checked.status == 2, "the exclusion can only be checked against readable sources: \(checked.stderr)")
        #expect(checked.stderr.contains("alerts.json"), "\(checked.stderr)")
    }
}

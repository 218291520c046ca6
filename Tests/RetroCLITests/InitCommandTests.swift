import Foundation
import Testing

@Suite struct InitCommandTests {
    static let fixtures = "Tests/RetroIngestTests/Fixtures"

    @Test func scaffoldValidatesAndCarriesWhatTheSourcesShow() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("incident.yaml").path
        let made = try RetroBinary.run([
            "init", "--from", "\(Self.fixtures)/chat/slack-export", "--from", "\(Self.fixtures)/alerts/pagerduty-log-entries.json",
            "--id", "INC-5", "--title", "Checkout errors", "-o", file,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("id: \"INC-5\""))
        #expect(text.contains("detected: "))
        #expect(text.contains("name: \"Dana Ortiz\""))
        #expect(text.contains("format: \"slack-export\""))
        #expect(text.contains("TODO: who could not do what"))
        // Paths are absolute here (the sources are outside the output folder), so validate accepts them as written.
        #expect(try RetroBinary.run(["validate", file]).status == 0)
        // An existing file is not replaced without --force.
        let again = try RetroBinary.run(["init", "--from", "\(Self.fixtures)/chat/irc.log", "-o", file])
        #expect(again.status == 2)
    }

    /// `retro init` keeps the turning points with their records, bolds only the few that matter, and
    /// a kind changed in the scaffold replaces the derived event instead of adding a second row.
    @Test func scaffoldKeepsTurningPointsThatTheBuildLetsOverride() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = "eval/chat/incidents/search-index"
        let file = dir.appendingPathComponent("incident.yaml").path
        let made = try RetroBinary.run(["init", "--from", "\(incident)/chat/history-main.json", "--id", "INC-311", "--title", "Search", "-o", file])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let events = text.split(separator: "\n").filter { $0.hasPrefix("  - {at: ") }
        #expect(events.count >= 4 && events.count <= 12, "\(events)")
        #expect(events.allSatisfy { $0.contains("source: \"chat/history-main.json#") })
        let keyed = events.filter { $0.contains("key: true") }
        #expect(keyed.count == 3, "only the breakthrough, the first mitigation and the resolution: \(keyed)")
        #expect(!events.contains { $0.contains("kind: action") || $0.contains("kind: role") })
        // Relabel the breakthrough as a note: the build shows one row at that time, the note.
        let breakthrough = try #require(events.first { $0.contains("kind: breakthrough") })
        try text.replacingOccurrences(of: String(breakthrough), with: breakthrough.replacingOccurrences(of: "kind: breakthrough", with: "kind: note"))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let timeline = try RetroBinary.run(["timeline", file, "--json", "--allow-outside-paths"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["events"] as? [[String: Any]])
        let at = try #require(breakthrough.split(separator: ",").first?.replacingOccurrences(of: "  - {at: ", with: ""))
        #expect(rows.filter { $0["at"] as? String == at }.compactMap { $0["kind"] as? String } == ["note"])
    }

    /// With a monitoring snapshot among the sources, the scaffold's window is the one `build` derives
    /// from the scaffold: the start from the metric leaving its band, not from the first page.
    @Test func scaffoldWindowMatchesWhatTheBuildDerives() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = URL(fileURLWithPath: "samples/payments-pool-exhaustion", relativeTo: RetroBinary.root)
        for item in ["alerts", "exports", "metrics"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        let made = try RetroBinary.run(
            ["init", "--from", "exports/slack", "--from", "alerts/pagerduty.json", "--from", "metrics/checkout_error_ratio.json",
             "--tz", "Europe/Berlin", "-o", "incident.yaml"], cwd: dir)
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent("incident.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("window:") })
        let end = lines[start...].firstIndex { $0.isEmpty } ?? lines.endIndex
        var scaffolded: [String: String] = [:]
        for line in lines[(start + 1)..<end] {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 2)
            if parts.count >= 2, parts[0].hasSuffix(":") { scaffolded[String(parts[0].dropLast())] = String(parts[1]) }
        }
        #expect(scaffolded["started"] != nil, "\(lines[start..<end])")
        // The same file without its window and its hand-written events (which would win over the
        // sources): what build derives from the scaffold's sources, as the scaffold names them.
        let events = try #require(lines.firstIndex { $0.hasPrefix("timeline:") })
        let eventsEnd = lines[events...].firstIndex { $0.isEmpty } ?? lines.endIndex
        #expect(events > end)
        let bare = (lines[..<start] + lines[end..<events] + lines[eventsEnd...]).joined(separator: "\n")
        try bare.write(to: dir.appendingPathComponent("bare.yaml"), atomically: true, encoding: .utf8)
        let timeline = try RetroBinary.run(["timeline", "bare.yaml", "--json"], cwd: dir)
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any])
        let window = try #require(json["window"] as? [String: Any])
        for name in ["started", "detected", "acknowledged", "mitigated", "resolved"] {
            let derived = (window[name] as? String).map { $0.replacingOccurrences(of: ".000Z", with: "Z") }
            let written = scaffolded[name].map { $0.replacingOccurrences(of: ".000Z", with: "Z") }
            #expect(written == derived, "\(name): the scaffold says \(written ?? "nothing"), build derives \(derived ?? "nothing")")
        }
    }

    @Test func unreadableSourceExitsTwo() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = dir.appendingPathComponent("garbage.bin")
        try Data([0x00, 0xFF, 0x13, 0x37, 0x7B]).write(to: garbage)
        let result = try RetroBinary.run(["init", "--from", garbage.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("garbage.bin"))
        #expect(result.stderr.contains("--as"))
    }
}

import Foundation
import Testing

/// `retro build --timeline-limit/--chatter-limit`: a document that leaves entries out says how many.
@Suite struct TimelineLimitTests {
    static let sample = "samples/payments-pool-exhaustion/incident.yaml"

    /// The number of events and chatter messages `retro timeline` reports for the sample.
    static func fullCounts() throws -> (events: Int, chatter: Int) {
        let json = try RetroBinary.run(["timeline", sample, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let events = try #require(object?["events"] as? [Any]).count
        let text = try RetroBinary.run(["timeline", sample]).stdout
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("chatter: ") })
        let chatter = try #require(Int(line.dropFirst("chatter: ".count).prefix { $0.isNumber }))
        return (events, chatter)
    }

    /// The rows of the events table (after its header and separator, up to the first line that is not a row).
    static func timelineRows(_ markdown: String) -> Int {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| Time | Since start") }) else { return 0 }
        return lines[(header + 2)...].prefix { $0.hasPrefix("| ") }.count
    }

    @Test func smallLimitsAreStatedInTheDocumentAndOnStderr() throws {
        let (events, chatter) = try Self.fullCounts()
        #expect(events > 6 && chatter > 4)
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", Self.sample, "-o", out.path, "--timeline-limit", "6", "--chatter-limit", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        let md = try String(contentsOf: out.appendingPathComponent("retrospective.md"), encoding: .utf8)
        // Hand-written events are always kept, so the table may hold more than the limit, but fewer than all.
        let rows = Self.timelineRows(md)
        #expect(rows >= 6 && rows < events)
        #expect(md.contains("This table lists \(rows) of the \(events) events"))
        #expect(md.contains("4 of \(chatter) such messages are shown"))
        #expect(result.stderr.contains("\(rows) of \(events) timeline events"))
        #expect(result.stderr.contains("4 of \(chatter) chatter messages"))
        let html = try String(contentsOf: out.appendingPathComponent("retrospective.html"), encoding: .utf8)
        #expect(html.contains("This table lists \(rows) of the \(events) events"))
        #expect(html.contains("<code>retro timeline</code>"))
    }

    @Test func theDefaultKeepsASmallIncidentWhole() throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", Self.sample, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let md = try String(contentsOf: out.appendingPathComponent("retrospective.md"), encoding: .utf8)
        #expect(!md.contains("This table lists"))
        #expect(Self.timelineRows(md) == (try Self.fullCounts()).events)
        #expect(!md.contains("such messages are shown"))
        #expect(!result.stderr.contains("timeline events"))
    }

    @Test(arguments: ["-1", "many", "1.5"])
    func aLimitThatIsNotACountIsRefused(value: String) throws {
        let result = try RetroBinary.run(["build", Self.sample, "--timeline-limit", value])
        #expect(result.status == 2)
        #expect(result.stderr.contains("timeline-limit"), "\(result.stderr)")
    }
}

import Foundation
import RetroModel
import Testing

@testable import RetroIngest

@Suite struct IncidentFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/incident")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

    /// The problems found in `yaml`, as `line:column: message` strings.
    static func problems(_ yaml: String, path: String = "incident.yaml") -> [InputError] {
        do {
            _ = try IncidentFile.decode(Data(yaml.utf8), path: path)
            return []
        } catch let errors as InputErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected error type: \(error)")
            return []
        }
    }

    static let header = "schema: retro/v1\nid: INC-1\ntitle: T\nseverity: SEV2\n"

    @Test func decodesJSONWithOffsetsAndFractions() throws {
        let loaded = try IncidentFile.load(Self.fixtures.appendingPathComponent("minimal.json"))
        let i = loaded.incident
        #expect(i.id == "INC-7")
        #expect(i.severity == "P2")
        #expect(Timestamp.iso(try #require(i.window.started)) == "2026-01-02T02:04:05.123Z")
        #expect(i.followUps.first?.status == .inProgress)
        #expect(i.followUps.first?.addresses == ["CF1"])
        #expect(i.contributingFactors.first?.category == .technical)
    }

    @Test(arguments: ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"])
    func samplesAreValid(name: String) throws {
        let loaded = try IncidentFile.load(Self.samples.appendingPathComponent(name).appendingPathComponent("incident.yaml"))
        #expect(!loaded.incident.contributingFactors.isEmpty)
        #expect(!loaded.incident.followUps.isEmpty)
        #expect(loaded.incident.window.resolved != nil)
    }

    struct BadCase: Sendable, CustomStringConvertible {
        let name: String
        let yaml: String
        let line: Int
        let column: Int
        let jsonPath: String
        let fragment: String
        var description: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "unknown key with suggestion", yaml: header + "titel: x\n", line: 5, column: 1, jsonPath: "$.titel", fragment: "did you mean 'title'?"),
        BadCase(name: "severity off the scale", yaml: header.replacingOccurrences(of: "SEV2", with: "SEV7") , line: 4, column: 11, jsonPath: "$.severity", fragment: "not on the severity scale"),
        BadCase(name: "status typo", yaml: header + "status: resolvd\n", line: 5, column: 9, jsonPath: "$.status", fragment: "did you mean 'resolved'?"),
        BadCase(name: "time without zone", yaml: header + "window:\n  started: 2026-03-14T09:02:00\n", line: 6, column: 12, jsonPath: "$.window.started", fragment: "has no zone"),
        BadCase(name: "unreadable time", yaml: header + "window:\n  started: yesterday\n", line: 6, column: 12, jsonPath: "$.window.started", fragment: "has no zone"),
        BadCase(name: "bad date", yaml: header + "follow_ups:\n  - {id: FU1, title: x, due: 15/04/2026}\n", line: 6, column: 30, jsonPath: "$.follow_ups[0].due", fragment: "YYYY-MM-DD"),
        BadCase(name: "dangling factor reference", yaml: header + "contributing_factors:\n  - {id: CF1, category: technical, title: t}\nfollow_ups:\n  - {id: FU1, title: x, addresses: [CF2]}\n", line: 8, column: 37, jsonPath: "$.follow_ups[0].addresses[0]", fragment: "did you mean 'CF1'?"),
        BadCase(name: "wrong category", yaml: header + "contributing_factors:\n  - {id: CF1, category: tech, title: t}\n", line: 6, column: 25, jsonPath: "$.contributing_factors[0].category", fragment: "not a factor category"),
        BadCase(name: "window out of order", yaml: header + "window:\n  started: 2026-03-14T09:00:00Z\n  detected: 2026-03-14T08:00:00Z\n", line: 7, column: 13, jsonPath: "$.window.detected", fragment: "comes before 'started'"),
        BadCase(name: "list where a mapping belongs", yaml: header + "impact: [a, b]\n", line: 5, column: 9, jsonPath: "$.impact", fragment: "as a mapping"),
        BadCase(name: "unknown zone", yaml: header + "timezone: Mars/Olympus\n", line: 5, column: 11, jsonPath: "$.timezone", fragment: "not a time zone"),
        BadCase(name: "duplicate ids", yaml: header + "contributing_factors:\n  - {id: CF1, category: technical, title: a}\n  - {id: CF1, category: process, title: b}\n", line: 7, column: 10, jsonPath: "$.contributing_factors[1].id", fragment: "used twice"),
        BadCase(name: "tracker not a URL", yaml: header + "follow_ups:\n  - {id: FU1, title: x, tracker: PAY-1}\n", line: 6, column: 34, jsonPath: "$.follow_ups[0].tracker", fragment: "not an http(s) URL"),
        BadCase(name: "internal key typo", yaml: header + "internal:\n  domain: [corp.example.com]\n", line: 6, column: 3, jsonPath: "$.internal.domain", fragment: "did you mean 'domains'?"),
        BadCase(name: "host pattern matching everything", yaml: header + "internal:\n  hosts: ['*']\n", line: 6, column: 10, jsonPath: "$.internal.hosts", fragment: "would match every host"),
        BadCase(name: "exclusion with both source and text", yaml: header + "exclude:\n  - {source: chat.json#3, text: coffee}\n", line: 6, column: 5, jsonPath: "$.exclude[0]", fragment: "exactly one of 'source' and 'text'"),
        BadCase(name: "exclusion key typo", yaml: header + "exclude:\n  - {sorce: chat.json#3}\n", line: 6, column: 6, jsonPath: "$.exclude[0].sorce", fragment: "did you mean 'source'?"),
        BadCase(name: "event source that is no reference", yaml: header + "timeline:\n  - {at: 2026-03-14T09:00:00Z, text: t, source: '#3'}\n", line: 6, column: 49, jsonPath: "$.timeline[0].source", fragment: "not a source reference"),
        BadCase(name: "chat source date not a date", yaml: header + "sources:\n  chat:\n    - {path: irc.log, date: 14/03/2026}\n", line: 7, column: 29, jsonPath: "$.sources.chat[0].date", fragment: "YYYY-MM-DD"),
        BadCase(name: "chat source date not a calendar day", yaml: header + "sources:\n  chat:\n    - {path: irc.log, date: 2026-02-30}\n", line: 7, column: 29, jsonPath: "$.sources.chat[0].date", fragment: "not a day of the calendar"),
        BadCase(name: "date on an alert source", yaml: header + "sources:\n  alerts:\n    - {path: pd.json, date: 2026-03-14}\n", line: 7, column: 23, jsonPath: "$.sources.alerts[0].date", fragment: "date"),
        BadCase(name: "objective not a share", yaml: header + "sources:\n  monitoring:\n    - {path: m.json, slo: {objective: 99.9, threshold: 1}}\n", line: 7, column: 39, jsonPath: "$.sources.monitoring[0].slo.objective", fragment: "0.999"),
    ]

    @Test(arguments: badCases)
    func reportsProblemWithPosition(_ bad: BadCase) throws {
        let found = Self.problems(bad.yaml)
        let problem = try #require(found.first { $0.location.jsonPath == bad.jsonPath }, "no problem at \(bad.jsonPath) in \(found)")
        #expect(problem.location.line == bad.line)
        #expect(problem.location.column == bad.column)
        #expect(problem.description.contains(bad.fragment), "\(problem.description)")
        #expect(problem.location.path == "incident.yaml")
    }

    @Test func decodesCuration() throws {
        let yaml = Self.header + """
            vocabulary: team-vocabulary.json
            timeline:
              - {at: 2026-03-14T09:00:00Z, kind: decision, text: Roll back, source: "chat/history.json#12"}
              - {at: 2026-03-14T09:05:00Z, text: Pods up, source: "war-room.log:40"}
            exclude:
              - source: chat/history.json#16
              - text: coffee
            """
        let i = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
        #expect(i.vocabulary == "team-vocabulary.json")
        #expect(i.timeline.map(\.sources) == [[SourceRef(file: "chat/history.json", index: 12)], [SourceRef(file: "war-room.log", line: 40)]])
        #expect(i.exclusions == [TimelineExclusion(source: SourceRef(file: "chat/history.json", index: 16)), TimelineExclusion(text: "coffee")])
    }

    @Test func decodesInternalNames() throws {
        let yaml = Self.header + "internal:\n  domains: [payments.internal]\n  hosts: ['db-*']\n  names: [pgbouncer]\n"
        let incident = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
        #expect(incident.internalNames == InternalNames(domains: ["payments.internal"], hosts: ["db-*"], names: ["pgbouncer"]))
        let without = try IncidentFile.decode(Data(Self.header.utf8), path: "incident.yaml")
        #expect(without.internalNames.isEmpty)
    }

    @Test func missingRequiredFieldsAreAllListed() {
        let found = Self.problems("schema: retro/v1\n")
        let messages = found.map(\.message).joined(separator: "\n")
        for key in ["id", "title", "severity"] { #expect(messages.contains("no '\(key)'")) }
    }

    @Test func listsEveryProblemNotJustTheFirst() {
        let found = Self.problems(Self.header + "titel: x\nstatus: nope\nwindow: {started: later}\n")
        #expect(found.count == 3)
        #expect(found.map { $0.location.line ?? 0 } == [5, 6, 7])
    }

    @Test func yamlSyntaxErrorHasPosition() throws {
        let found = Self.problems(Self.header + "impact:\n  summary: [unclosed\n")
        let problem = try #require(found.first)
        #expect(problem.location.line != nil)
        #expect(problem.message.contains("YAML cannot be read"))
    }

    @Test func jsonSyntaxErrorSaysJSON() throws {
        let found = Self.problems("{\"schema\": \"retro/v1\",\n \"id\": }", path: "incident.json")
        let problem = try #require(found.first)
        #expect(problem.message.contains("not valid JSON"))
    }

    @Test func chatSourceCarriesTheDayOfItsLines() throws {
        let incident = try IncidentFile.decode(Data((Self.header + "sources:\n  chat:\n    - {path: irc.log, date: 2026-03-14}\n    - {path: other.log}\n").utf8), path: "i.yaml")
        #expect(incident.sources.chat.map(\.date) == ["2026-03-14", nil])
    }

    @Test func zonelessTimesUseTheIncidentZone() throws {
        let incident = try IncidentFile.decode(Data((Self.header + "timezone: Europe/Berlin\nwindow: {started: '2026-07-01T12:00:00'}\n").utf8), path: "i.yaml")
        #expect(Timestamp.iso(try #require(incident.window.started)) == "2026-07-01T10:00:00.000Z")
    }

    @Test func customSeverityScale() throws {
        let yaml = "schema: retro/v1\nid: X\ntitle: T\nseverity: Major\nseverity_scale: [Critical, Major, Minor]\n"
        let incident = try IncidentFile.decode(Data(yaml.utf8), path: "i.yaml")
        #expect(incident.severity == "Major")
    }
}

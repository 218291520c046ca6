import Foundation
import RetroIngest
import RetroModel
import Testing

/// 2026-03-14T09:19:00Z, the moment every fixture's alert fires; other times are offsets from it.
private let t0: Int64 = 1_773_479_940_000

private func at(_ seconds: Int64, ms: Int64 = 0) -> Int64 { t0 + seconds * 1000 + ms }

struct AlertFormatCase: CustomTestStringConvertible, Sendable {
    var file: String
    var format: String
    var expected: [(Int64, AlertEvent.Kind)]
    var skipped: Int
    var testDescription: String { file }
}

@Suite("Alert formats")
struct AlertFormatTests {
    static let cases: [AlertFormatCase] = [
        AlertFormatCase(
            file: "pagerduty-log-entries.json", format: "pagerduty-log-entries",
            expected: [
                // Newest-first in the file; the trigger and assign share a second and keep the order they happened in.
                (at(0), .triggered), (at(0), .assigned), (at(4 * 60), .acknowledged),
                (at(11 * 60, ms: 250), .annotated),
                (at(26 * 60 + 30), .escalated),  // 11:45:30+02:00
                (at(108 * 60), .resolved),
            ],
            skipped: 1),
        AlertFormatCase(
            file: "pagerduty-webhook-v2.json", format: "pagerduty-webhook-v2",
            expected: [(at(0), .triggered), (at(4 * 60 + 10), .acknowledged)], skipped: 1),
        AlertFormatCase(
            file: "pagerduty-webhook-v3.jsonl", format: "pagerduty-webhook-v3",
            expected: [(at(0), .triggered), (at(4 * 60, ms: 120), .acknowledged), (at(11 * 60), .annotated), (at(108 * 60), .resolved)],
            skipped: 1),
        AlertFormatCase(
            file: "pagerduty-incidents.json", format: "pagerduty-incidents",
            expected: [
                (at(0), .triggered), (at(0), .assigned), (at(4 * 60), .acknowledged),  // 10:23+01:00
                (at(21 * 60), .triggered),  // the second incident, still open: no resolve
                (at(108 * 60), .resolved),
            ],
            skipped: 0),
        AlertFormatCase(
            file: "alertmanager-repeats.json", format: "alertmanager",
            expected: [
                (at(-19 * 60), .triggered), (at(-9 * 60), .resolved),  // legacy alert: group status decides
                (at(0, ms: 123), .triggered),  // 04:19:00.123456789-05:00, nanoseconds cut to ms
                (at(65, ms: 500), .triggered),  // 10:20:05.5+01:00
                (at(108 * 60, ms: 999), .resolved),  // only the resolved notification's endsAt
            ],
            skipped: 2),  // the two repeated firing notifications, each a counted skip
        AlertFormatCase(
            file: "opsgenie.json", format: "opsgenie",
            expected: [(at(0), .triggered), (at(4 * 60, ms: 250), .acknowledged), (at(21 * 60), .annotated), (at(108 * 60), .resolved)],
            skipped: 1),
        AlertFormatCase(
            file: "cloudwatch-alarm-history.json", format: "cloudwatch-alarm-history",
            expected: [(at(-79 * 60), .annotated), (at(0, ms: 500), .triggered), (at(108 * 60), .resolved)],
            skipped: 2),
    ]

    @Test("detects the format and reads exact times and kinds", arguments: cases)
    func readsFixture(_ c: AlertFormatCase) throws {
        let result = try AlertFixture.read(c.file)
        #expect(result.format == c.format)
        #expect(result.kind == .alerts)
        #expect(AlertFixture.timeline(result) == c.expected.map { AlertFixture.Pair(ms: $0.0, kind: $0.1) })
        #expect(result.skipped.count == c.skipped)
        for event in result.events {
            #expect(event.source.file == c.file)
            #expect(event.source.index != nil)
        }
    }

    @Test("PagerDuty keeps actors, incident ids and notes")
    func pagerDutyDetails() throws {
        let result = try AlertFixture.read("pagerduty-log-entries.json")
        let resolve = try #require(result.events.last)
        #expect(resolve.actor == "Ana Lima")
        #expect(resolve.alertKey == "PINC1")
        #expect(resolve.summary == "Resolved by Ana Lima: Rolled back payments-api")
        #expect(resolve.source.index == 0)
        #expect(result.events.first?.summary == "Triggered through the API: Checkout error ratio above 5%")
        #expect(result.skipped.first?.location.jsonPath == "$.log_entries[1]")
        #expect(result.skipped.first?.reason.contains("notification") == true)
    }

    /// A low-urgency incident notifies but pages nobody; its urgency travels as the severity, so that
    /// a low-urgency trigger does not set `detected` ahead of the real page.
    @Test("PagerDuty log entries carry the incident's urgency")
    func pagerDutyUrgency() throws {
        let json = """
            {"log_entries": [
              {"id": "R2", "type": "trigger_log_entry", "created_at": "2026-05-02T13:50:00Z",
               "incident": {"id": "P2", "type": "incident_reference", "urgency": "high", "summary": "search 5xx ratio high"},
               "channel": {"type": "api", "summary": "search 5xx ratio > 5%"}},
              {"id": "R1", "type": "trigger_log_entry", "created_at": "2026-05-02T13:45:00Z",
               "incident": {"id": "P1", "type": "incident_reference", "urgency": "low", "summary": "search p99 latency > 800ms"},
               "channel": {"type": "api", "summary": "search p99 latency > 800ms (warning)"}}
            ], "limit": 100, "offset": 0, "more": false}
            """
        let result = try AlertFixture.read(json: json, as: "pagerduty-log-entries")
        #expect(result.events.map(\.severity) == ["low", "high"])
    }

    @Test("PagerDuty v3: events about services are skipped with a reason that names them")
    func pagerDutyV3Service() throws {
        let result = try AlertFixture.read("pagerduty-webhook-v3.jsonl")
        let skip = try #require(result.skipped.first)
        #expect(skip.reason.contains("service.updated"))
        #expect(skip.reason.contains("checkout"))
        #expect(skip.location == SourceLocation(path: "pagerduty-webhook-v3.jsonl", line: 5, jsonPath: "$.event"))
        #expect(result.events.map(\.source.line) == [1, 2, 3, 6])
        #expect(result.events[2].summary.contains("Suspect the connection pool"))
        #expect(result.events[1].actor == "Ana Lima")
    }

    @Test("Opsgenie reads ms and ns, numbers and strings")
    func opsgenieUnits() throws {
        let result = try AlertFixture.read("opsgenie.json")
        #expect(result.events[1].actor == "Ana Lima")
        #expect(result.events[2].summary.contains("Rolling back payments-api"))
        #expect(result.events.allSatisfy { $0.alertKey == "og-1" })
    }

    @Test("a forced format reads the file the same way")
    func forced() throws {
        let detected = try AlertFixture.read("opsgenie.json")
        let forced = try AlertFixture.read("opsgenie.json", as: "opsgenie")
        #expect(detected.events == forced.events)
    }
}

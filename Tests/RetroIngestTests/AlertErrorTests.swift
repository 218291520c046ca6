import Foundation
import RetroIngest
import RetroModel
import Testing

struct MalformedAlert: CustomTestStringConvertible, Sendable {
    var name: String
    var json: String
    var format: String?
    var jsonPath: String
    var says: String
    var testDescription: String { name }
}

@Suite("Alert input errors")
struct AlertErrorTests {
    static let cases: [MalformedAlert] = [
        MalformedAlert(
            name: "PagerDuty entry without a time",
            json: #"{"log_entries":[{"type":"trigger_log_entry","summary":"x"}]}"#,
            jsonPath: "$.log_entries[0].created_at", says: "'created_at' is missing"),
        MalformedAlert(
            name: "PagerDuty entry with an unreadable time",
            json: #"{"log_entries":[{"type":"acknowledge_log_entry","created_at":"yesterday"}]}"#,
            jsonPath: "$.log_entries[0].created_at", says: "'yesterday' is not a time"),
        MalformedAlert(
            name: "Alertmanager alert with a bad startsAt",
            json: #"{"version":"4","groupKey":"g","status":"firing","alerts":[{"labels":{"alertname":"A"},"startsAt":"2026-13-01T00:00:00Z"}]}"#,
            jsonPath: "$.alerts[0].startsAt", says: "'2026-13-01T00:00:00Z'"),
        MalformedAlert(
            name: "Alertmanager alerts not an array",
            json: #"{"version":"4","groupKey":"g","status":"firing","alerts":{}}"#, format: "alertmanager",
            jsonPath: "$.alerts", says: "JSON array"),
        MalformedAlert(
            name: "Opsgenie createdAt not a number",
            json: #"{"action":"Create","alert":{"alertId":"a","createdAt":"soon"}}"#,
            jsonPath: "$.alert.createdAt", says: "'soon' is not epoch milliseconds"),
        MalformedAlert(
            name: "PagerDuty v3 without occurred_at",
            json: #"{"event":{"event_type":"incident.triggered","resource_type":"incident","data":{"type":"incident"}}}"#,
            jsonPath: "$.event.occurred_at", says: "'occurred_at' is missing"),
        MalformedAlert(
            name: "PagerDuty v3 bare data object",
            json: #"{"id":"P1","type":"incident_note","content":"hi","incident":{"id":"P2","self":"https://api.pagerduty.com/incidents/P2"}}"#,
            jsonPath: "$", says: "only the 'data' object of a PagerDuty v3 webhook"),
        MalformedAlert(
            name: "CloudWatch state update without states",
            json: #"{"AlarmHistoryItems":[{"Timestamp":"2026-03-14T09:00:00Z","HistoryItemType":"StateUpdate"}]}"#,
            jsonPath: "$.AlarmHistoryItems[0]", says: "names no new state"),
        MalformedAlert(
            name: "array item that is not an object",
            json: #"[{"action":"Create","alert":{"alertId":"a","createdAt":1}}, 3]"#,
            jsonPath: "$[1]", says: "found a number"),
    ]

    @Test("malformed input is an InputError with the file and JSON path", arguments: cases)
    func reports(_ c: MalformedAlert) throws {
        do {
            let result = try AlertFixture.read(json: c.json, as: c.format, path: "bad.json")
            Issue.record("expected an error, read \(result.events.count) events")
        } catch let error as InputError {
            #expect(error.location.path == "bad.json")
            #expect(error.location.jsonPath == c.jsonPath)
            #expect(error.message.contains(c.says), "\(error.message)")
        }
    }

    @Test("a JSON-lines file with a broken line names the line")
    func brokenLine() throws {
        let text = #"{"action":"Create","alert":{"alertId":"a","createdAt":1773479940000}}"# + "\n{not json\n"
        do {
            _ = try AlertFixture.read(json: text, path: "hooks.jsonl")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.location.line == 2)
        }
    }
}

/// Datadog v1 event lists are refused by name, with what to give instead.
@Suite struct DatadogV1EventTests {
    @Test func aV1EventListIsRefusedWithAnExplanation() throws {
        let json = """
            {"events": [
              {"alert_type": "error", "date_happened": 1716391911, "device_name": null, "host": "checkout-7f9c", "id": 7559311245623874000,
               "id_str": "7559311245623873941", "payload": "{}", "priority": "normal", "source_type_name": "Monitor Alert",
               "tags": ["monitor", "service:checkout"], "text": "error ratio above 5%", "title": "[Triggered] Checkout error ratio", "url": "/event/event?id=7559311245623873941"},
              {"alert_type": "success", "date_happened": 1716393011, "host": "checkout-7f9c", "id_str": "7559311245623879002",
               "priority": "normal", "source_type_name": "Monitor Alert", "tags": ["monitor"], "text": "", "title": "[Recovered] Checkout error ratio"}
            ], "status": "ok"}
            """
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.message.hasPrefix("This is a list of 2 Datadog events (GET /api/v1/events)"))
        #expect(error.message.contains("retro does not read it"))
        #expect(error.hint?.contains("PagerDuty") == true)
    }
}

import Foundation
import RetroIngest
import RetroModel
import Testing

/// The Opsgenie Alert API (`/v2/alerts`, `/v2/alerts/{id}`, `/logs`), from FORMATS.md §10c.
@Suite("Opsgenie Alert API")
struct OpsgenieAlertAPITests {
    @Test("a list of alerts places ack and close from the report's durations since creation")
    func list() throws {
        let result = try AlertFixture.read("opsgenie-api-alerts.json")
        #expect(result.format == "opsgenie-api")
        // 11:20:15.377 + 263,117 ms = 11:24:38.494; + 2,556,527 ms = 12:02:51.904.
        #expect(result.events.map { Timestamp.iso($0.at) } == [
            "2024-11-14T11:20:15.377Z", "2024-11-14T11:24:38.494Z", "2024-11-14T11:33:32.004Z", "2024-11-14T12:02:51.904Z",
        ])
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged, .triggered, .resolved])
        #expect(result.events[1].actor == "r.haddad@nordlicht-logistik.de")
        #expect(result.skipped.isEmpty)
    }

    @Test("one alert from GET /v2/alerts/{id}")
    func single() throws {
        let json = """
            {"data": {"id": "5d0c8e4a-1f7b-4e2a-9c63-7a18b2f4e901-1716391911020", "tinyId": "640", "alias": "pg-replica-lag-db7",
             "message": "Replication lag on db7 above 300s", "status": "closed", "acknowledged": true, "isSeen": true, "tags": ["postgres"],
             "snoozed": false, "count": 2, "lastOccurredAt": "2024-05-22T15:31:51.020Z", "createdAt": "2024-05-22T15:31:51.020Z",
             "updatedAt": "2024-05-22T16:10:03.310Z", "source": "zabbix-fra", "owner": "dba-oncall@kestrel-pay.io", "priority": "P2",
             "integration": {"id": "e2b7c9d0-44aa-4e3b-8f21-90c1d2e3f4a5", "name": "Zabbix FRA", "type": "Zabbix"},
             "report": {"ackTime": 15702, "closeTime": 60503, "acknowledgedBy": "dba-oncall@kestrel-pay.io", "closedBy": "Zabbix FRA"},
             "actions": ["Failover"], "entity": "EC2", "description": "replica db7 behind primary", "details": {"host": "db7.fra"}},
             "took": 0.006, "requestId": "3f0c1b2a-7d6e-4e5f-a1b2-c3d4e5f60718"}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "opsgenie-api")
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged, .resolved])
        #expect(result.events.map { Timestamp.iso($0.at) } == ["2024-05-22T15:31:51.020Z", "2024-05-22T15:32:06.722Z", "2024-05-22T15:32:51.523Z"])
        #expect(result.events.allSatisfy { $0.service == "EC2" })
    }

    @Test("a closed alert without a close time is a counted skip, not a guess")
    func closedWithoutReport() throws {
        let json = """
            {"data": [{"id": "a1", "tinyId": "9", "message": "disk full", "status": "closed", "acknowledged": false, "createdAt": "2024-11-14T11:20:15Z", "report": {}}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.events.map(\.kind) == [.triggered])
        #expect(result.skipped.count == 1)
        #expect(result.skipped[0].reason.contains("closeTime"))
    }

    @Test("alert logs become events by what each line records")
    func logs() throws {
        let result = try AlertFixture.read("opsgenie-api-alert-logs.json")
        #expect(result.format == "opsgenie-api")
        #expect(result.events.map(\.kind) == [.triggered, .annotated, .acknowledged, .annotated, .resolved])
        #expect(result.events[2].actor == "r.haddad@nordlicht-logistik.de")
        #expect(result.events[3].summary == "Note added: partition reassignment running, ETA 30 min")
    }

    @Test("an unreadable createdAt is an error at its JSON path")
    func badTime() throws {
        let json = #"{"data": [{"id": "a1", "tinyId": "9", "message": "disk full", "status": "open", "createdAt": "yesterday"}]}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.location.jsonPath == "$.data[0].createdAt")
    }
}

/// PagerDuty's first webhooks: `type` and `data.incident` where v2 has `event` and `incident`.
@Suite("PagerDuty webhook v1")
struct PagerDutyWebhookV1Tests {
    @Test("each state change is placed at its created_on, with who changed it")
    func read() throws {
        let result = try AlertFixture.read("pagerduty-webhook-v1.json")
        #expect(result.format == "pagerduty-webhook-v1")
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged, .resolved])
        #expect(result.events.map { Timestamp.iso($0.at) } == ["2016-07-19T22:08:14.000Z", "2016-07-19T22:11:47.000Z", "2016-07-19T22:26:03.000Z"])
        #expect(result.events.map(\.actor) == [nil, "Tomasz Wrona", nil])
        #expect(result.events.allSatisfy { $0.alertKey == "PT4KHLK" && $0.service == "web-lb (Nagios)" })
        #expect(result.notes.contains { $0.contains("log entries") })
    }

    @Test("a delivery of no state change says what it is instead of reading as nothing")
    func noStateChange() throws {
        let json = #"{"messages": [{"type": "incident.custom_field_update", "data": {"incident": {"id": "P1"}}, "id": "m1", "created_on": "2016-07-19T22:08:14Z"}]}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.message.contains("'pagerduty-webhook-v1'"))
        #expect(error.message.contains("'incident.custom_field_update' is not an incident state change"))
    }
}

/// Grafana OnCall alert groups from its HTTP API.
@Suite("Grafana OnCall")
struct GrafanaOnCallTests {
    @Test("each group's created, acknowledged, silenced and resolved times become events")
    func groups() throws {
        let result = try AlertFixture.read("grafana-oncall-alert-groups.json")
        #expect(result.format == "grafana-oncall")
        #expect(result.events.map { Timestamp.iso($0.at) } == [
            "2025-06-03T14:02:11.508Z", "2025-06-03T14:06:58.903Z", "2025-06-03T14:09:30.001Z", "2025-06-03T14:12:04.640Z", "2025-06-03T14:47:39.120Z",
        ])
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged, .triggered, .annotated, .resolved])
        #expect(result.events[1].actor == "U4TQX2MZ1KD8P")
        #expect(result.events[0].source.url == "https://oncall.grafana.example/a/grafana-oncall-app/alert-groups/IW3KQ7ZP2N8TD")
    }

    @Test("a resolved group without a resolve time is a counted skip")
    func resolvedWithoutTime() throws {
        let json = #"{"count": 1, "next": null, "results": [{"id": "I1", "integration_id": "C1", "alerts_count": 1, "state": "resolved", "created_at": "2025-06-03T14:02:11Z", "resolved_at": null, "title": "x"}]}"#
        let result = try AlertFixture.read(json: json)
        #expect(result.events.map(\.kind) == [.triggered])
        #expect(result.skipped.count == 1)
    }
}

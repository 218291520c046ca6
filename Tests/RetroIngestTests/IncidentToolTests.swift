import Foundation
import RetroIngest
import RetroModel
import Testing

/// Incident tools teams pull history from, each read from a fixture written from the tool's API
/// documentation (see each reader's comment for the fields). Times below are the fixture's own.
@Suite("Splunk On-Call incidents")
struct VictorOpsTests {
    @Test("each transition is an event, in either spelling of the phases, with who made it")
    func reporting() throws {
        let result = try AlertFixture.read("victorops-reporting-incidents.json")
        #expect(result.format == "victorops")
        #expect(result.events.map { Timestamp.iso($0.at) } == [
            "2025-09-18T03:12:40.000Z", "2025-09-18T03:14:09.000Z", "2025-09-18T03:19:02.000Z", "2025-09-18T03:41:30.000Z", "2025-09-18T03:58:47.000Z",
        ])
        #expect(result.events.map(\.kind) == [.triggered, .triggered, .acknowledged, .resolved, .resolved])
        #expect(result.events.map(\.alertKey) == ["4117", "4118", "4117", "4118", "4117"])
        #expect(result.events[2].actor == "m.okafor")
        #expect(result.events[2].summary == "Acknowledged: ingest-gw queue depth above 50k (looking at consumer lag)")
        #expect(result.events[0].severity == "CRITICAL")
        #expect(result.skipped.isEmpty)
    }

    @Test("reporting v1 incidents are placed from startTime, ackTime and endTime; a resolved one without endTime is a counted skip")
    func reportingV1() throws {
        let json = """
            {"offset": 0, "limit": 20, "total": 2, "incidents": [
             {"incidentNumber": "88", "startTime": "2024-02-01T10:00:00Z", "ackTime": "2024-02-01T10:04:30Z", "ackUser": {"first": "Lea", "last": "Brandt"},
              "endTime": "2024-02-01T10:30:00Z", "currentPhase": "RESOLVED", "entityDispName": "db-7 disk"},
             {"incidentNumber": "89", "startTime": "2024-02-01T10:02:00+01:00", "currentPhase": "RESOLVED"}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "victorops")
        #expect(result.events.map { Timestamp.iso($0.at) } == ["2024-02-01T09:02:00.000Z", "2024-02-01T10:00:00.000Z", "2024-02-01T10:04:30.000Z", "2024-02-01T10:30:00.000Z"])
        #expect(result.events[2].actor == "Lea Brandt")
        #expect(result.skipped.count == 1)
        #expect(result.skipped[0].reason.contains("#89"))
    }

    @Test("alert details carry epoch seconds and their message type")
    func alertDetails() throws {
        let json = #"{"entityId": "disk/db7", "entityDisplayName": "db7 disk 95%", "messageType": "CRITICAL", "timestamp": 1706781600, "stateMessage": "95% used", "monitoringTool": "nagios"}"#
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "victorops")
        #expect(result.events.map { Timestamp.iso($0.at) } == ["2024-02-01T10:00:00.000Z"])
        #expect(result.events[0].kind == .triggered)
    }

    @Test("the answer to creating an incident carries no times and is refused with what to save instead")
    func createdIncidentRefused() throws {
        let json = #"{"incidentNumber": "4119", "entityId": "947ee12e-35a6-4512-bc5b-65c4011825bd", "conferenceBridge": {"errorMsg": "none"}}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.description.contains("POST /api-public/v1/incidents"))
        #expect(error.description.contains("/api-reporting/v2/incidents"))
        let reroute = #"{"statuses": [{"incidentNumber": "2", "success": true, "targetStatus": [{"slug": "ana", "success": true}]}]}"#
        let rerouted = try #require(throws: InputError.self) { try AlertFixture.read(json: reroute) }
        #expect(rerouted.description.contains("reroute"))
    }

    @Test("a transition without a time is an error at its JSON path")
    func missingTime() throws {
        let json = #"{"incidents": [{"incidentNumber": "1", "currentPhase": "ACKED", "transitions": [{"name": "ACKED", "by": "x"}]}]}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.location.jsonPath == "$.incidents[0].transitions[0].at")
    }
}

@Suite("Incident tools, other layouts")
struct IncidentToolLayoutTests {
    @Test("incidents one per line, as exporters write them, keep their line in each event's source")
    func jsonLines() throws {
        let lines = """
            {"incidentNumber": "1", "startTime": "2021-11-02T16:22:04Z", "currentPhase": "ACKED", "transitions": [{"name": "triggered", "at": "2021-11-02T16:22:04Z"}, {"name": "acknowledged", "at": "2021-11-02T16:38:34Z", "by": "r.k"}]}
            {"incidentNumber": "2", "startTime": "2021-11-02T16:23:32Z", "currentPhase": "UNACKED", "transitions": []}

            """
        let result = try AlertFixture.read(json: lines, path: "incidents.jsonl")
        #expect(result.format == "victorops")
        #expect(result.events.map(\.kind) == [.triggered, .triggered, .acknowledged])
        #expect(result.events.map(\.source.line) == [1, 2, 1])
    }

    @Test("a bare array of FireHydrant incidents with their events inside (the Faros exporter's records)")
    func embeddedEvents() throws {
        let json = """
            [{"id": "a4", "name": "incident 2", "number": 2, "created_at": "2022-03-08T01:28:08.276Z", "started_at": "2022-03-08T01:28:08.563Z", "current_milestone": "resolved",
              "milestones": [{"type": "started", "occurred_at": "2022-03-08T01:28:08.563Z"}, {"type": "resolved", "occurred_at": "2022-03-08T03:09:06.407Z"}],
              "events": [{"id": "e1", "incident_id": "a4", "type": "note", "occurred_at": "2022-03-08T02:00:00Z", "author": {"name": "Kelvin Tran"}, "data": {"body": "rolled back"}}]}]
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "firehydrant")
        #expect(result.events.map(\.kind) == [.triggered, .annotated, .resolved])
        #expect(result.events[1].summary == "rolled back — incident 2 (#2)")
    }
}

@Suite("incident.io incidents")
struct IncidentIOTests {
    @Test("an incident is reported once, then each filled timestamp in its own zone; empty ones are not events")
    func incident() throws {
        let result = try AlertFixture.read("incident-io-incident.json")
        #expect(result.format == "incident-io")
        #expect(result.events.map { Timestamp.iso($0.at) } == [
            "2025-10-02T08:31:00.000Z", "2025-10-02T08:47:13.402Z", "2025-10-02T08:49:55.010Z",
            "2025-10-02T09:20:31.700Z", "2025-10-02T09:38:02.250Z", "2025-10-02T09:52:44.901Z",
        ])
        #expect(result.events.map(\.kind) == [.annotated, .triggered, .acknowledged, .annotated, .annotated, .resolved])
        #expect(result.events[0].summary == "Impact started: Checkout payments timing out for card payments in EU (INC-212)")
        #expect(result.events[1].actor == "Ines Duarte")
        #expect(result.events.allSatisfy { $0.severity == "Major" && $0.alertKey == "01J8ZQ4W6T3B9M2K7R5N1X0PDE" })
    }

    @Test("incident updates are status changes by their updater; moving to a learning or closed status resolves")
    func updates() throws {
        let result = try AlertFixture.read("incident-io-incident-updates.json")
        #expect(result.format == "incident-io")
        #expect(result.events.map(\.kind) == [.annotated, .annotated, .resolved])
        #expect(result.events.map(\.actor) == ["Ines Duarte", "status-bot", "Ines Duarte"])
        #expect(result.events[0].summary == "Update: status Investigating, severity Major — Card authorisations in the EU time out; the US is unaffected.")
        #expect(Timestamp.iso(result.events[1].at) == "2025-10-02T09:24:03.500Z")
    }

    @Test("timestamp definitions hold no incident's times and are refused with what to save instead")
    func timestampDefinitionsRefused() throws {
        let json = #"{"incident_timestamps": [{"id": "01J0TS0000000000000000REP", "name": "Reported at", "rank": 0}]}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.description.contains("GET /v2/incident_timestamps"))
        #expect(error.description.contains("incident_timestamp_values"))
    }

    @Test("Statuspage incident updates are not taken for incident.io's")
    func statuspageNotClaimed() throws {
        let json = #"{"incident_updates": [{"id": "u1", "incident_id": "i1", "status": "investigating", "body": "x", "created_at": "2024-01-15T08:00:00Z", "display_at": "2024-01-15T08:00:00Z"}]}"#
        #expect(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect((try? AlertFixture.read(json: json))?.format != "incident-io")
    }
}

@Suite("FireHydrant incidents")
struct FireHydrantTests {
    @Test("milestones are events by their type, a role assignment is an assignment, zones are honoured")
    func incidents() throws {
        let result = try AlertFixture.read("firehydrant-incidents.json")
        #expect(result.format == "firehydrant")
        #expect(result.events.map { Timestamp.iso($0.at) } == [
            "2025-11-20T15:48:00.000Z", "2025-11-20T16:02:41.118Z", "2025-11-20T16:05:09.004Z", "2025-11-20T16:06:15.330Z",
            "2025-11-20T16:31:50.512Z", "2025-11-20T21:44:12.000Z", "2025-11-20T21:58:30.250Z",
        ])
        #expect(result.events.map(\.kind) == [.triggered, .triggered, .acknowledged, .assigned, .annotated, .annotated, .resolved])
        #expect(result.events[3].summary == "Commander: Priya Raman on Search results empty for logged-in users (#87)")
        #expect(result.events.allSatisfy { $0.severity == "SEV2" && $0.service == "search-api" })
    }

    @Test("incident events read as notes, status changes and role updates, by their author")
    func events() throws {
        let result = try AlertFixture.read("firehydrant-incident-events.json")
        #expect(result.format == "firehydrant")
        #expect(result.events.map(\.kind) == [.assigned, .annotated, .annotated, .annotated])
        #expect(result.events[1].summary == "Index alias points at an empty index since the 15:45 reindex.")
        #expect(result.events[2].summary == "Identified")
        #expect(result.events[3].actor == "Jonas Weber")
    }

    @Test("a page of teams or users holds no timeline and is refused with what to save instead")
    func otherListRefused() throws {
        let json = """
            {"data": [{"id": "322e", "name": "Backend Team", "slug": "backend-team", "created_at": "2022-03-07T15:07:58.459Z", "updated_at": "2022-03-07T15:07:58.459Z", "memberships": []}],
             "pagination": {"count": 1, "page": 1, "items": 1, "pages": 1, "last": 1, "prev": null, "next": null}}
            """
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.description.contains("neither incidents nor incident events"))
        #expect(error.hint?.contains("/v1/incidents/{id}/events") == true)
    }
}

@Suite("Grafana OnCall")
struct GrafanaOnCallPublicAPITests {
    @Test("alert groups as the public API serializer writes them")
    func groups() throws {
        let result = try AlertFixture.read("grafana-oncall-alert-groups.json")
        #expect(result.format == "grafana-oncall")
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged, .triggered, .annotated, .resolved])
        #expect(result.events[1].actor == "U4TQX2MZ1KD8P")
    }

    @Test("resolution notes are notes on their group, by author id or by source")
    func notes() throws {
        let result = try AlertFixture.read("grafana-oncall-resolution-notes.json")
        #expect(result.format == "grafana-oncall")
        #expect(result.events.map(\.kind) == [.annotated, .annotated])
        #expect(result.events.map(\.actor) == ["U4TQX2MZ1KD8P", "slack"])
        #expect(result.events.allSatisfy { $0.alertKey == "IW3KQ7ZP2N8TD" })
    }

    @Test("alerts of a group: a resolved payload resolves, others trigger")
    func alerts() throws {
        let json = """
            {"count": 2, "next": null, "previous": null, "results": [
             {"id": "AA1", "alert_group_id": "IW3", "created_at": "2025-06-03T14:02:11.508213Z", "payload": {"status": "firing", "commonLabels": {"alertname": "TileServerErrorBudgetBurn"}}},
             {"id": "AA2", "alert_group_id": "IW3", "created_at": "2025-06-03T14:47:39.120447Z", "payload": {"status": "resolved", "commonLabels": {"alertname": "TileServerErrorBudgetBurn"}}}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "grafana-oncall")
        #expect(result.events.map(\.kind) == [.triggered, .resolved])
        #expect(result.events[0].summary == "Alert: TileServerErrorBudgetBurn")
    }

    @Test("an acknowledged group without acknowledged_at is a counted skip")
    func acknowledgedWithoutTime() throws {
        let json = #"{"results": [{"id": "I1", "integration_id": "C1", "alerts_count": 1, "state": "acknowledged", "created_at": "2025-06-03T14:02:11Z", "acknowledged_at": null}]}"#
        let result = try AlertFixture.read(json: json)
        #expect(result.events.count == 1)
        #expect(result.skipped.count == 1)
    }

    @Test("a page of integrations holds no timeline and is refused with what to save instead")
    func otherPageRefused() throws {
        let json = #"{"count": 1, "next": null, "previous": null, "results": [{"id": "CFRPV98RPR1U8", "name": "Grafana :blush:", "team_id": null, "link": "https://example/integrations/v1/grafana/abc/", "type": "grafana"}], "current_page_number": 1, "page_size": 50, "total_pages": 1}"#
        let error = try #require(throws: InputError.self) { try AlertFixture.read(json: json) }
        #expect(error.description.contains("not alert groups, alerts or resolution notes"))
        #expect(error.hint?.contains("/api/v1/alert_groups/") == true)
    }
}

@Suite("Incident tools in the format list")
struct IncidentToolCatalogTests {
    @Test(arguments: ["victorops", "incident-io", "firehydrant", "grafana-oncall"])
    func listed(_ name: String) throws {
        #expect(FormatCatalog.summary(of: name) != nil)
    }

    @Test("--as NAME forces each reader")
    func forced() throws {
        for (file, name) in [("victorops-reporting-incidents.json", "victorops"), ("incident-io-incident.json", "incident-io"), ("firehydrant-incidents.json", "firehydrant")] {
            #expect(try AlertFixture.read(file, as: name).format == name)
        }
    }
}

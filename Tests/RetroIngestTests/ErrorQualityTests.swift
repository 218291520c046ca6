import Foundation
import Testing
import RetroIngest
import RetroModel

/// Broken inputs across every format: each must be refused with an InputError that names the
/// file, gives a position (line and column, or a JSON path) and says what to do (a hint).
/// The same contract holds through the binary (exit code 2), checked in RetroCLITests.
@Suite struct ErrorQualityTests {
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        /// The format forced with `--as` (as an incident file's `format:` does); nil lets retro detect it.
        var format: String?
        var text: String
        /// The error is about the whole file (an archive that cannot be opened, an unknown `--as`), so it has no position.
        var whole = false
        var description: String { "\(format ?? "detect"): \(file)" }
        init(_ file: String, _ format: String?, _ text: String, whole: Bool = false) {
            self.file = file
            self.format = format
            self.text = text
            self.whole = whole
        }
    }

    static let cases: [Case] = [
        // Chat, JSON
        Case("history.json", "slack-api", #"{"ok": true, "messages": [{"type": "message", "user": "U1", "text": "hi", "ts": "#),
        Case("history.json", "slack-api", #"{"ok": false, "error": "not_in_channel"}"#),
        Case("history.json", "slack-api", #"{"ok": true, "messages": "none"}"#),
        Case("history.json", "slack-api", #"{"ok": true, "messages": [{"type": "message", "user": "U1", "text": "hi", "ts": "yesterday"}]}"#),
        Case("day.json", "slack-export", #"[{"type": "message", "text": "hi", "ts": "1736470800.0"},]"#),
        Case("discord.json", "discord", #"{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "1", "timestamp": "not a time", "content": "x", "author": {"id": "a", "name": "kim"}}]}"#),
        Case("discord.json", "discord", #"{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "1" "timestamp": "2025-01-10T08:00:00Z"}]}"#),
        Case("teams.json", "teams-export", #"[{"Id": "1", "Body": {"ContentType": "html", "Content": "x"}, "CreatedDateTime": "soon", "MessageType": "message", "From": {"User": {"Id": "u", "DisplayName": "Pat"}}}]"#),
        Case("graph.json", "teams-graph", #"{"value": [{"id": "1", "messageType": "message", "createdDateTime": "13/13/2025", "from": {"user": {"id": "u", "displayName": "M"}}, "body": {"contentType": "text", "content": "x"}}]}"#),
        Case("graph.json", "teams-graph", #"{"value": [{"id": "1", "#),
        Case("mattermost.jsonl", "mattermost", "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"user\":\"ron\",\"message\":\"x\",\"create_at\":\n"),
        Case("mattermost.jsonl", "mattermost", "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"user\":\"ron\",\"message\":\"x\",\"create_at\":\"noon\"}}\n"),
        Case("telegram.json", "telegram", #"{"name": "ops", "type": "private_group", "messages": [{"id": 1, "type": "message", "date": "Monday", "from": "kim", "text": "x"}]}"#),
        Case("telegram.json", "telegram", #"{"name": "ops", "messages": [{"id": 1 "type": "message"}]}"#),
        Case("zulip.json", "zulip", #"{"result": "error", "msg": "Invalid API key", "code": "UNAUTHORIZED"}"#),
        Case("zulip.json", "zulip", #"{"result": "success", "messages": [{"id": 42, "sender_full_name": "K", "timestamp": "late", "content": "x"}]}"#),
        // Chat, text logs
        Case("whatsapp.txt", "whatsapp", "this is not a whatsapp export\nat all\n"),
        Case("irc.log", "irc", "hello\nworld\n"),
        Case("chat.txt", "plain-chat", "no times here\njust words\n"),
        Case("paste.txt", "slack-paste", "Sam Okoye  1:54 AM\nthe db is down\n"),
        Case("pd.json", "pagerduty-webhook-v1", #"{"messages": [{"type": "incident.trigger", "data": {"incident": {"id": "P1"}}, "id": "m1", "created_on": "at noon"}]}"#),
        Case("history.json", "rocketchat", #"{"messages": [{"_id": "p1", "rid": "GENERAL", "msg": "hi", "ts": "at noon", "u": {"_id": "u1", "username": "mia"}}], "success": true}"#),
        Case("messages.json", "google-chat", #"{"messages": [{"creator": {"name": "A", "user_type": "Human"}, "created_date": "10/05/2021 14:23", "text": "x"}]}"#),
        Case("groups.json", "grafana-oncall", #"{"count": 1, "results": [{"id": "I1", "integration_id": "C1", "alerts_count": 1, "created_at": "soon"}]}"#),
        Case("incidents.json", "victorops", #"{"incidents": [{"incidentNumber": "7", "currentPhase": "ACKED", "transitions": [{"name": "ACKED", "at": "13:05 yesterday"}]}]}"#),
        Case("incident.json", "incident-io", #"{"incident": {"id": "01J", "reference": "INC-3", "created_at": "2025-10-02T08:47:13Z", "incident_timestamp_values": [{"incident_timestamp": {"name": "Resolved at"}, "value": {"value": "later"}}]}}"#),
        Case("incidents.json", "firehydrant", #"{"data": [{"id": "f1", "created_at": "2025-11-20T16:02:41Z", "started_at": "2025-11-20T15:48:00Z", "milestones": [{"type": "resolved", "occurred_at": "tonight"}]}]}"#),
        Case("alerts.json", "opsgenie-api", #"{"data": [{"id": "a1", "tinyId": "9", "message": "disk full", "status": "open", "createdAt": "yesterday"}]}"#),
        Case("paste.txt", "slack-paste", "no header line here\njust words\n"),
        Case("chat.txt", nil, "\u{0}\u{1}\u{2} binary garbage\n"),
        // Archives
        Case("export.zip", nil, "PK\u{3}\u{4}this is no zip at all", whole: true),
        Case("export.zip", "slack-export", "PK\u{3}\u{4}\u{14}\u{0}\u{0}\u{0}", whole: true),
        // Alerts
        Case("pd.json", "pagerduty-log-entries", #"{"log_entries": [{"id": "L1", "type": "trigger_log_entry", "created_at": "never", "incident": {"id": "P1"}}]}"#),
        Case("pd.json", "pagerduty-log-entries", #"{"log_entries": [{"id": "L1", "type": "trigger_log_entry", "created_at": "2026-03-14T11:07:00Z""#),
        Case("pd.json", "pagerduty-incidents", #"{"incidents": [{"id": "P1", "created_at": "tomorrow", "status": "resolved", "title": "x"}]}"#),
        Case("v2.json", "pagerduty-webhook-v2", #"{"messages": [{"event": "incident.trigger", "created_on": "?", "incident": {"id": "P1"}}]}"#),
        Case("v3.jsonl", "pagerduty-webhook-v3", "{\"event\": {\"id\": \"e1\", \"event_type\": \"incident.triggered\", \"occurred_at\": \"x\", \"data\": {\"id\": \"P1\"}}}\n{\"event\": \n"),
        Case("og.json", "opsgenie", #"[{"action": "Create", "alert": {"alertId": "og-1", "message": "m", "createdAt": "half past"}}]"#),
        Case("am.json", "alertmanager", #"[{"version": "4", "status": "firing", "alerts": [{"status": "firing", "labels": {"alertname": "X"}, "startsAt": "soon"}]}]"#),
        Case("cw.json", "cloudwatch-alarm-history", #"{"AlarmHistoryItems": [{"Timestamp": "now", "HistoryItemType": "StateUpdate", "AlarmName": "a"}]}"#),
        Case("alerts.json", nil, #"{"log_entries": [{"id": "L1",, }]}"#),
        // Metrics, JSON
        Case("prom.json", "prometheus-query-range", #"{"status":"error","errorType":"bad_data","error":"parse error"}"#),
        Case("prom.json", "prometheus-query-range", #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1700000000,"abc"]]}]}}"#),
        Case("prom.json", "prometheus-query", #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["x","1"]}]}}"#),
        Case("grafana.json", "grafana-snapshot", #"{"dashboard": {"panels": [{"title": "p", "snapshotData": [{"fields": "#),
        Case("annotations.json", "grafana-annotations", #"[{"id": 1, "time": "noon", "text": "x"}]"#),
        Case("dd.json", "datadog-query", #"{"status":"ok","series":[{"metric":"m","pointlist":[["a",1]]}]}"#),
        Case("cw-metrics.json", "cloudwatch", #"{"MetricDataResults":[{"Id":"m1","Label":"L","Timestamps":["2024-09-29T22:20:00Z"],"Values":[1, 2]}]}"#),
        Case("nab.json", "nab-labels", #"{"a.csv": ["not a time"]}"#),
        // Metrics, text and CSV
        Case("scrape.prom", "prometheus-text", "# TYPE x counter\nx{a=\"1\" 3\n"),
        Case("scrape.prom", "prometheus-text", "http_requests_total 12 notatime\n"),
        Case("scrape.om.txt", "openmetrics", "# TYPE x gauge\nx 1\n"),
        Case("scrape.om.txt", "openmetrics", "# TYPE x gauge\nx one\n# EOF\n"),
        Case("series.csv", "csv", "timestamp,latency\n2024-03-14 09:00:00,1.5\nwhenever,2\n"),
        Case("series.csv", "csv", "timestamp,latency\n2024-03-14 09:00:00,fast\n"),
        Case("series.csv", "csv", "timestamp,latency\n2024-03-14 09:00:00,\"1.5\n"),
        Case("influx.csv", "influx-csv", "#datatype,string,long,dateTime:RFC3339,double,string\n,result,table,_time,_value,_field\n,,0,not-a-time,10,free\n"),
        Case("influx.csv", "influx-csv", "#datatype,string,long,dateTime:RFC3339,double,string\n,result,table,_time,_value,_field\n,,0,2021-01-01T00:10:00Z,ten,free\n"),
        // Unknown formats
        Case("mystery.json", nil, #"{"hello": "world"}"#),
        Case("mystery.txt", nil, "just some words\nwithout structure\n"),
        Case("mystery.json", "slack-ap", #"{"ok": true}"#, whole: true),
    ]

    static func error(for c: Case) -> InputError? {
        let input = SourceInput(data: Data(c.text.utf8), displayPath: c.file)
        do {
            let result = try Ingest.read(input, as: c.format)
            return result.messages.isEmpty && result.series.isEmpty && result.events.isEmpty ? InputError(path: "", "(accepted, but read nothing)") : nil
        } catch let error as InputError {
            return error
        } catch let errors as InputErrors {
            return errors.errors.first
        } catch {
            return InputError(path: "", "(not an InputError: \(error))")
        }
    }

    @Test func thereAreAtLeastFortyCasesCoveringEveryFormat() {
        #expect(Self.cases.count >= 40)
        let forced = Set(Self.cases.compactMap(\.format))
        let missing = Ingest.formatNames.filter { !forced.contains($0) && $0 != "datadog-unsupported" }
        #expect(missing.isEmpty, "formats without a broken case: \(missing)")
    }

    @Test(arguments: cases)
    func isRefusedWithFilePositionAndAdvice(_ c: Case) throws {
        let error = try #require(Self.error(for: c), "the broken input was accepted")
        #expect(error.location.path.hasPrefix(c.file), "names the file: \(error)")
        #expect(c.whole || error.location.line != nil || error.location.jsonPath != nil, "gives a position: \(error)")
        let hint = error.hint ?? ""
        #expect(hint.count >= 8, "says what to do: \(error)")
        #expect(error.message.hasSuffix(".") || error.message.hasSuffix("?") || error.message.hasSuffix(")"), "a full sentence: \(error)")
    }
}

import Foundation
import Testing

/// Alert logs that do not say whether anyone was paged (PagerDuty log entries without the
/// incident's urgency or a notification, CloudWatch alarm history without the alarm's actions)
/// are not taken as pages: the event says the log does not tell, and a known page sets `detected`.
@Suite struct AlertPagingTimelineTests {
    struct Derived {
        var events: [[String: Any]]
        var detected: String?
        var detectedBasis: String
    }

    /// `retro timeline --json` over an incident whose only source is `alerts` (written as `name`).
    static func timeline(alerts: String, name: String = "alerts.json") throws -> Derived {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try alerts.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let incident = "schema: retro/v1\nid: INC-9\ntitle: Search errors\nseverity: SEV2\nsources:\n  alerts: [{path: \(name)}]\n"
        try incident.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        let run = try RetroBinary.run(["timeline", dir.appendingPathComponent("incident.yaml").path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let window = try #require(object["window"] as? [String: Any])
        let derived = try #require(object["derived"] as? [String: Any])
        let basis = (derived["detected"] as? [String: Any])?["basis"] as? String ?? ""
        return Derived(events: object["events"] as? [[String: Any]] ?? [], detected: window["detected"] as? String, detectedBasis: basis)
    }

    static let unstated = "does not say whether anyone was paged"

    static func entry(_ id: String, _ type: String, _ at: String, incident: String, extra: String = "") -> String {
        #"{"id": "\#(id)", "type": "\#(type)", "created_at": "\#(at)", "summary": "\#(type) \#(incident)", "incident": {"id": "\#(incident)", "type": "incident_reference", "summary": "search 5xx \#(incident)"}\#(extra)}"#
    }

    static let notify = #", "channel": {"type": "auto", "notification": {"type": "phone", "address": "+49 30 0000000", "status": "success"}}"#

    @Test func pagerDutyTriggerWithoutUrgencyOrNotificationSaysSo() throws {
        let log = #"{"log_entries": [\#(Self.entry("R2", "acknowledge_log_entry", "2026-05-02T13:52:00Z", incident: "P1")), \#(Self.entry("R1", "trigger_log_entry", "2026-05-02T13:45:00Z", incident: "P1"))]}"#
        let derived = try Self.timeline(alerts: log)
        let trigger = try #require(derived.events.first { ($0["text"] as? String)?.contains("trigger_log_entry") == true })
        #expect((trigger["text"] as? String)?.contains(Self.unstated) == true, "\(trigger)")
        // With nothing else to go on, the trigger still dates detection, and the basis says what is unknown.
        #expect(derived.detected == "2026-05-02T13:45:00.000Z")
        #expect(derived.detectedBasis.contains("does not say whether it paged anyone"), "\(derived.detectedBasis)")
    }

    @Test func aNotifiedIncidentSetsDetectionBeforeAnUnknownOne() throws {
        let log = """
            {"log_entries": [
              \(Self.entry("R4", "notify_log_entry", "2026-05-02T13:50:01Z", incident: "P2", extra: Self.notify)),
              \(Self.entry("R3", "trigger_log_entry", "2026-05-02T13:50:00Z", incident: "P2")),
              \(Self.entry("R1", "trigger_log_entry", "2026-05-02T13:45:00Z", incident: "P1"))
            ]}
            """
        let derived = try Self.timeline(alerts: log)
        #expect(derived.detected == "2026-05-02T13:50:00.000Z", "\(derived.detectedBasis)")
        let paged = try #require(derived.events.first { ($0["text"] as? String)?.contains("P2") == true })
        #expect((paged["text"] as? String)?.contains(Self.unstated) == false, "\(paged)")
        let unknown = try #require(derived.events.first { ($0["text"] as? String)?.contains("P1") == true })
        #expect((unknown["text"] as? String)?.contains(Self.unstated) == true, "\(unknown)")
    }

    /// The aws-cli example history holds state updates only: nothing says whether the alarm notified anyone.
    @Test func cloudWatchStateUpdatesAloneSaySo() throws {
        let corpus = RetroBinary.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/cloudwatch/awscli_describe-alarm-history_output1.json")
        guard let text = try? String(contentsOf: corpus, encoding: .utf8) else {
            print("note: ../shared/corpus is not beside the checkout; the CloudWatch corpus case is skipped")
            return
        }
        let derived = try Self.timeline(alerts: text)
        let alarm = try #require(derived.events.first { $0["kind"] as? String == "detection" })
        #expect((alarm["text"] as? String)?.contains(Self.unstated) == true, "\(alarm)")
    }

    @Test func cloudWatchActionsTellWhetherTheAlarmNotified() throws {
        func history(_ action: String) -> String {
            """
            {"AlarmHistoryItems": [
              {"Timestamp": "2026-03-14T09:19:01Z", "HistoryItemType": "Action", "AlarmName": "checkout-5xx",
               "HistoryData": "{\\"actionState\\":\\"\(action == "Successfully executed" ? "Succeeded" : "Failed")\\",\\"notificationResource\\":\\"arn:aws:sns:eu-west-1:000000000000:pager\\"}",
               "HistorySummary": "\(action) action arn:aws:sns:eu-west-1:000000000000:pager"},
              {"Timestamp": "2026-03-14T09:19:00.500Z", "HistoryItemType": "StateUpdate", "AlarmName": "checkout-5xx",
               "HistoryData": "{\\"version\\":\\"1.0\\",\\"oldState\\":{\\"stateValue\\":\\"OK\\"},\\"newState\\":{\\"stateValue\\":\\"ALARM\\"}}",
               "HistorySummary": "Alarm updated from OK to ALARM"}
            ]}
            """
        }
        let notified = try Self.timeline(alerts: history("Successfully executed"))
        let page = try #require(notified.events.first { ($0["text"] as? String)?.contains("OK to ALARM") == true })
        #expect(page["kind"] as? String == "detection")
        #expect((page["text"] as? String)?.contains("does not say") == false, "\(page)")
        #expect(notified.detected == "2026-03-14T09:19:00.500Z")

        let failed = try Self.timeline(alerts: history("Failed to execute"))
        let note = try #require(failed.events.first { ($0["text"] as? String)?.contains("OK to ALARM") == true })
        #expect(note["kind"] as? String == "note", "a failed notification paged nobody: \(note)")
        #expect((note["text"] as? String)?.contains("paged nobody") == true, "\(note)")
    }
}

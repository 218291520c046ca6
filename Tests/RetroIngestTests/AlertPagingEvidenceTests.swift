import Foundation
import RetroIngest
import RetroModel
import Testing

/// What the alert logs say about paging, read into `AlertEvent.paging` from the fixtures and the corpus.
@Suite struct AlertPagingEvidenceTests {
    @Test func pagerDutyNotificationMeansAPage() throws {
        let result = try AlertFixture.read("pagerduty-log-entries.json")
        let trigger = try #require(result.events.first { $0.kind == .triggered })
        #expect(trigger.paging == .paged("phone"))
        // Only the trigger carries it: acknowledgements and resolves are what they are.
        #expect(result.events.filter { $0.kind != .triggered }.allSatisfy { $0.paging == nil })
    }

    @Test func pagerDutyUrgencyStillDecides() throws {
        let json = #"{"log_entries": [{"id": "R1", "type": "trigger_log_entry", "created_at": "2026-05-02T13:45:00Z", "incident": {"id": "P1", "urgency": "low"}}]}"#
        let trigger = try #require(try AlertFixture.read(json: json, as: "pagerduty-log-entries").events.first)
        #expect(trigger.severity == "low")
        #expect(trigger.paging == nil)
    }

    @Test func pagerDutyUndeliveredNotificationsPageNobody() throws {
        let json = """
            {"log_entries": [
              {"id": "R2", "type": "notify_log_entry", "created_at": "2026-05-02T13:45:01Z", "incident": {"id": "P1"},
               "channel": {"type": "auto", "notification": {"type": "sms", "address": "+10000000000", "status": "failed"}}},
              {"id": "R1", "type": "trigger_log_entry", "created_at": "2026-05-02T13:45:00Z", "incident": {"id": "P1"}}
            ]}
            """
        let trigger = try #require(try AlertFixture.read(json: json, as: "pagerduty-log-entries").events.first)
        #expect(trigger.paging == .notPaged("its notifications were not delivered (failed)"))
    }

    @Test func cloudWatchActionAfterTheTransitionMeansAPage() throws {
        let result = try AlertFixture.read("cloudwatch-alarm-history.json")
        let trigger = try #require(result.events.first { $0.kind == .triggered })
        #expect(trigger.paging == .paged("arn:aws:sns:eu-west-1:000000000000:pager"))
        #expect(result.skipped.contains { $0.reason.contains("tells whether the alarm notified anyone") })
    }

    @Test func cloudWatchConfigurationWithoutActionsPagesNobody() throws {
        let json = """
            {"AlarmHistoryItems": [
              {"Timestamp": "2026-03-14T09:19:00Z", "HistoryItemType": "StateUpdate", "AlarmName": "a", "HistorySummary": "Alarm updated from OK to ALARM"},
              {"Timestamp": "2026-03-14T07:00:00Z", "HistoryItemType": "ConfigurationUpdate", "AlarmName": "a",
               "HistoryData": "{\\"type\\":\\"Update\\",\\"updatedAlarm\\":{\\"alarmName\\":\\"a\\",\\"actionsEnabled\\":true,\\"alarmActions\\":[]}}"}
            ]}
            """
        let trigger = try #require(try AlertFixture.read(json: json, as: "cloudwatch-alarm-history").events.first)
        #expect(trigger.paging == .notPaged("the alarm has no alarm actions"))
    }

    @Test func cloudWatchStateUpdatesAloneDoNotSay() throws {
        guard let corpus = AlertFixture.corpus else { return }
        let result = try Ingest.read(corpus.appendingPathComponent("cloudwatch/awscli_describe-alarm-history_output1.json"), displayPath: "history.json")
        let trigger = try #require(result.events.first { $0.kind == .triggered })
        #expect(trigger.paging == .unstated)
    }
}

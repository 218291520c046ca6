import Foundation
import RetroIngest
import RetroModel
import Testing

/// What each shared corpus file yields: a format and an event count, or a refusal that names what it is.
private let expectations: [String: (format: String, events: Int)?] = [
    "pagerduty/log_entries_effect-tech_goTest.json": ("pagerduty-log-entries", 6),
    "pagerduty/pd_webhook_v2_incident.trigger.json": ("pagerduty-webhook-v2", 1),
    "pagerduty/pd_webhook_v2_incident.acknowledge.json": ("pagerduty-webhook-v2", 1),
    "pagerduty/pd_webhook_v2_incident.resolve.json": ("pagerduty-webhook-v2", 1),
    "pagerduty/pd_webhook_v3_payload_incident_priority_updated.json": ("pagerduty-webhook-v3", 1),
    // A service event and nothing else: refused as holding no alert event (it used to read as 0 events).
    "pagerduty/pd_webhook_v3_payload_service_updated.json": nil,
    "pagerduty/pd_webhook_v3_data_incident.json": nil,
    "pagerduty/pd_webhook_v3_data_incident_note.json": nil,
    "pagerduty/pd_webhook_v3_data_incident_responder.json": nil,
    "pagerduty/pd_webhook_v3_data_incident_status_update.json": nil,
    "alertmanager/alertmanager-bot_firing.json": ("alertmanager", 1),
    "alertmanager/alertmanager-bot_resolved.json": ("alertmanager", 2),
    "alertmanager/alertmanager-webhook-types_sample-v4-payload.json": ("alertmanager", 1),
    "alertmanager/gist_mobeigi_alertmanager_payload_example.json": ("alertmanager", 1),
    "alertmanager/msteams_prom_post_request.json": ("alertmanager", 1),
    "opsgenie/legacy_opsgenie_webhook_create_zabbix.json": ("opsgenie", 1),
    "opsgenie/relay-opsgenie_webhook_create.json": ("opsgenie", 1),
    "cloudwatch/awscli_describe-alarm-history_output1.json": ("cloudwatch-alarm-history", 2),
    "datadog/dd_v1_get_monitor_details.json": nil,
    "datadog/dd_v2_incident_details.json": nil,
    "datadog/dd_v2_list_events_paginated.json": nil,
    "datadog/dd_v1_post_event_response.json": nil,
]

@Suite("Alert corpus", .enabled(if: AlertFixture.corpus != nil))
struct AlertCorpusTests {
    @Test("every alert file in the corpus is read or refused with an explanation")
    func corpus() throws {
        let corpus = try #require(AlertFixture.corpus)
        var files: [String] = []
        for folder in ["pagerduty", "alertmanager", "opsgenie"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? []
            files += names.filter { $0.hasSuffix(".json") }.map { "\(folder)/\($0)" }
        }
        files += expectations.keys.filter { !$0.hasPrefix("pagerduty/") && !$0.hasPrefix("alertmanager/") && !$0.hasPrefix("opsgenie/") }
        for file in files.sorted() {
            guard let expected = expectations[file] else {
                Issue.record("\(file) is in the corpus but not in this test's table")
                continue
            }
            let url = corpus.appendingPathComponent(file)
            if let expected {
                let result = try Ingest.read(url, displayPath: file)
                #expect(result.format == expected.format, "\(file)")
                #expect(result.events.count == expected.events, "\(file)")
                #expect(result.events.map(\.at) == result.events.map(\.at).sorted(), "\(file)")
            } else {
                do {
                    let result = try Ingest.read(url, displayPath: file)
                    Issue.record("\(file) was read as \(result.format); expected a refusal")
                } catch let error as InputError {
                    let explained = error.message.contains("This is") && error.message.contains("retro does not read it")
                    let empty = error.message.hasPrefix("retro read no alert event from this file") && error.message.contains("Expected:")
                    #expect(explained || empty, "\(file): \(error.message)")
                }
            }
        }
    }

    @Test("Alertmanager's local offsets with nanoseconds become exact UTC milliseconds")
    func offsets() throws {
        let corpus = try #require(AlertFixture.corpus)
        let result = try Ingest.read(corpus.appendingPathComponent("alertmanager/msteams_prom_post_request.json"))
        // 2018-03-07T06:33:21.873077559-05:00
        #expect(result.events.map { Timestamp.epochMilliseconds($0.at) } == [1_520_422_401_873])
    }
}

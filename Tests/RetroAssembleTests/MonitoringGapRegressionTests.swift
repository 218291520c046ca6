import Foundation
import RetroModel
import Testing

@testable import RetroAssemble

/// A hand-written detection event takes over the alert trigger's timeline entry; the alert still fired.
@Suite struct MonitoringGapRegressionTests {
    static func at(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test func mergedAlertStillCountsAsFired() {
        var incident = Incident(id: "I", title: "T", severity: "SEV2")
        incident.timeline = [TimelineEvent(at: Self.at("2026-03-14T09:19:00Z"), kind: .detection, text: "Alert pages on-call.", key: true)]
        let alert = AlertEvent(at: Self.at("2026-03-14T09:19:30Z"), kind: .triggered, summary: "Checkout errors", source: SourceRef(file: "pd.json", index: 0))
        let report = Message(
            id: "1", at: Self.at("2026-03-14T09:25:00Z"), author: .init(id: "U1", name: "Priya"), text: "seeing errors on 12% of EU card attempts now",
            source: SourceRef(file: "chat.json", index: 0))
        let derived = TimelineExtractor().derive(incident: incident, messages: [report], alerts: [alert])
        let texts = derived.signals.filter { $0.kind == .monitoringGap }.map(\.text)
        #expect(!texts.contains { $0.contains("none of the alert logs") }, "\(texts)")
    }

    @Test func personBeforeAlertIsStillReported() {
        let incident = Incident(id: "I", title: "T", severity: "SEV2")
        let alert = AlertEvent(at: Self.at("2026-03-14T09:40:00Z"), kind: .triggered, summary: "Checkout errors", source: SourceRef(file: "pd.json", index: 0))
        let report = Message(
            id: "1", at: Self.at("2026-03-14T09:25:00Z"), author: .init(id: "U1", name: "Priya"), text: "seeing errors on 12% of EU card attempts now",
            source: SourceRef(file: "chat.json", index: 0))
        let derived = TimelineExtractor().derive(incident: incident, messages: [report], alerts: [alert])
        #expect(derived.signals.contains { $0.kind == .monitoringGap && $0.text.contains("15 minutes before any alert fired") })
    }
}

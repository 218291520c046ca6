import Foundation
import RetroModel

/// Signs that monitoring did not catch the incident first or fast: a person reported it before
/// any alert fired, or the impact went unnoticed longer than the detection gap.
enum MonitoringGapSignal {
    static func find(
        messages: [ClassifiedMessage], alerts: [AlertEvent], window: IncidentWindow, detectionGap: TimeInterval
    ) -> [CommunicationSignal] {
        var signals: [CommunicationSignal] = []
        // A person's report, not a bot echoing an alert into the channel.
        let firstReport = messages.first { $0.isHuman && $0.classification?.kind == .detection }.map(\.message)
        if !alerts.isEmpty, let firstReport {
            // The raw alert log, not the merged timeline: a hand-written event may have taken over
            // the alert's timeline entry, but the alert still fired.
            let firstAlert = alerts.filter { $0.kind == .triggered }.min { $0.at < $1.at }
            if let firstAlert, firstAlert.at > firstReport.at {
                signals.append(CommunicationSignal(
                    kind: .monitoringGap, at: firstReport.at,
                    text: "The first report came from a person in chat, \(TimelineClock.span(firstAlert.at.timeIntervalSince(firstReport.at))) before any alert fired.",
                    sources: [firstReport.source, firstAlert.source]))
            } else if firstAlert == nil {
                signals.append(CommunicationSignal(
                    kind: .monitoringGap, at: firstReport.at,
                    text: "The incident was first reported by a person in chat; none of the alert logs given shows an alert firing for it.",
                    sources: [firstReport.source]))
            }
        }
        if let started = window.started, let detected = window.detected, detected.timeIntervalSince(started) > detectionGap {
            signals.append(CommunicationSignal(
                kind: .monitoringGap, at: detected,
                text: "The impact went undetected for \(TimelineClock.span(detected.timeIntervalSince(started))) before monitoring or a person noticed it."))
        }
        return signals
    }
}

import Foundation
import RetroModel

/// Fills the milestones the incident file leaves out, from the merged timeline, and says how.
///
/// - started: the earliest detection event or monitoring annotation (annotations count only from
///   `annotationLookback` before the first detection, so a dashboard's older marks do not stretch
///   the incident back by days);
/// - detected: the earliest detection event (an alert trigger or a message reporting symptoms);
/// - acknowledged: the earliest acknowledgement;
/// - mitigated: the earliest mitigation;
/// - resolved: the latest resolution (the last alert to resolve, or the last "resolved" message).
///
/// A milestone given in the incident file is kept as given.
enum WindowDerivation {
    static let annotationLookback: TimeInterval = 2 * 60 * 60

    static func derive(given: IncidentWindow, events: [TimelineEvent]) -> (IncidentWindow, [Milestone]) {
        func first(_ kind: TimelineEvent.Kind) -> TimelineEvent? { events.first { $0.kind == kind } }
        let detection = first(.detection)
        let earliestAnnotation = events.first { event in
            event.origin == .monitoring && detection.map { event.at >= $0.at.addingTimeInterval(-annotationLookback) } ?? true
        }
        let start = [detection, earliestAnnotation].compactMap { $0 }.min { $0.at < $1.at }
        let candidates: [(String, Date?, TimelineEvent?, String)] = [
            ("started", given.started, start, "first"),
            ("detected", given.detected, detection, "first"),
            ("acknowledged", given.acknowledged, first(.acknowledgement), "first"),
            ("mitigated", given.mitigated, first(.mitigation), "first"),
            ("resolved", given.resolved, events.last { $0.kind == .resolution }, "last"),
        ]
        var milestones: [Milestone] = []
        for (name, givenAt, event, order) in candidates {
            if let givenAt {
                milestones.append(Milestone(name: name, at: givenAt, origin: .given, basis: "given in the incident file"))
            } else if let event {
                milestones.append(Milestone(
                    name: name, at: event.at, origin: .derived,
                    basis: "derived from the \(order) \(describe(event)) at \(Timestamp.iso(event.at)) ('\(TimelineClock.excerpt(event.text, limit: 80))'\(location(of: event)))",
                    sources: event.sources))
            } else {
                milestones.append(Milestone(name: name, at: nil, origin: .missing, basis: "not given in the incident file, and no source shows it"))
            }
        }
        let at = Dictionary(uniqueKeysWithValues: milestones.map { ($0.name, $0.at) })
        let window = IncidentWindow(
            started: at["started"] ?? nil, detected: at["detected"] ?? nil, acknowledged: at["acknowledged"] ?? nil,
            mitigated: at["mitigated"] ?? nil, resolved: at["resolved"] ?? nil)
        return (window, milestones)
    }

    /// "alert trigger", "detection message by Ana Lima", "hand-written mitigation event".
    static func describe(_ event: TimelineEvent) -> String {
        switch event.origin {
        case .alert:
            switch event.kind {
            case .detection: return "alert trigger"
            case .acknowledgement: return "alert acknowledgement"
            case .resolution: return "alert resolve"
            default: return "alert \(event.kind.rawValue)"
            }
        case .chat: return "\(event.kind.rawValue) message" + (event.actor.map { " by \($0)" } ?? "")
        case .incidentFile: return "hand-written \(event.kind.rawValue) event"
        case .monitoring: return "monitoring annotation"
        }
    }

    private static func location(of event: TimelineEvent) -> String {
        event.sources.first.map { ", \($0.label)" } ?? ""
    }
}

import Foundation
import RetroModel

/// Fills the milestones the incident file leaves out, from the evidence an analyst would use, and
/// says which source set each. A milestone given in the incident file is kept as given, and a
/// hand-written timeline event of the milestone's kind wins over anything derived.
///
/// - started: the earliest of a monitored series leaving its robust band and staying out, the
///   first lasting SLO breach, the first customer report in any chat source, and detection;
/// - detected: the first paging alert (warnings and low priorities do not count) or the first
///   human recognition in chat (a relayed customer report is the "first report", not detection);
/// - acknowledged: the first acknowledgement from detection on;
/// - mitigated: the series that moved with the start back within their SLO threshold (or band),
///   else the first recovery message or action that is not a status-page post;
/// - resolved: the incident commander's declaration, else the first resolution message after
///   mitigation (later ones are relays), else the last close of a paging alert.
enum WindowDerivation {
    static let annotationLookback: TimeInterval = 2 * 60 * 60
    /// How long after the first detection event a customer report is still looked for.
    static let reportLookahead: TimeInterval = 30 * 60

    struct Result {
        var window: IncidentWindow
        var milestones: [Milestone]
        var firstReport: TimelineEvent?
    }

    static func derive(given: IncidentWindow, events: [TimelineEvent], evidence: WindowEvidence = WindowEvidence(), zone: TimeZone = .gmt) -> Result {
        let handWritten = events.filter { $0.origin == .incidentFile }
        func written(_ kind: TimelineEvent.Kind) -> TimelineEvent? { handWritten.first { $0.kind == kind } }
        let paging = evidence.pagingBySource
        func counts(_ event: TimelineEvent) -> Bool {
            guard event.origin == .alert, let source = event.sources.first else { return true }
            return paging[source] ?? true
        }

        // A report matters for the start until shortly after the first page or message of alarm;
        // looking further would read the whole channel for one phrase.
        let alarm = events.first { $0.kind == .detection }?.at.addingTimeInterval(reportLookahead)
        let report = CustomerReports.first(evidence.messages, until: alarm).map { item in
            TimelineEvent(
                at: item.message.at, kind: .note, text: "First customer report: " + TimelineClock.excerpt(item.message.text, limit: 200),
                actor: item.actor, key: true, origin: .chat, sources: [item.message.source])
        }

        var picked: [String: Pick] = [:]
        let known = written(.detection) ?? events.first { event in
            event.kind == .detection && event.origin != .monitoring && counts(event) && !(event.origin == .chat && CustomerReports.isReport(event.text))
        }
        // With no known page or recognition, a trigger whose log does not say whether it paged
        // anyone still dates detection, and the basis says what is not known.
        let unstated = evidence.unstatedSources
        let guessed = known == nil ? events.first { event in
            event.kind == .detection && event.origin == .alert && event.sources.first.map(unstated.contains) == true
        } : nil
        let detection = known ?? guessed
        picked["detected"] = detection.map { Pick(event: $0, order: "first", caveat: guessed == nil ? nil : "its log does not say whether it paged anyone") }

        let anchor = [detection?.at, report?.at].compactMap { $0 }.min() ?? events.first?.at
        // The earliest departure, of the series with an SLO when one departed, sets the start, and
        // those series coming back set mitigation (a queue drains after the impact ends).
        var departure: MetricDeparture.Finding? = nil
        var indicator: MetricDeparture.Finding? = nil
        var moved: [(finding: MetricDeparture.Finding, series: MetricSeries, slo: SLO?)] = []
        var candidates: [Pick] = []
        if let anchor {
            for input in evidence.monitoring {
                for series in input.series {
                    let slo = input.slo(for: series)
                    let side = slo.map { $0.direction == .above ? 1 : -1 }
                    if let found = MetricDeparture.find(series, unit: input.unit(for: series), badSide: side, anchor: anchor) {
                        if departure.map({ found.departedAt < $0.departedAt }) ?? true { departure = found }
                        if slo != nil, indicator.map({ found.departedAt < $0.departedAt }) ?? true { indicator = found }
                        moved.append((found, series, slo))
                    }
                    if let slo, let breach = MetricDeparture.firstBreach(series, slo: slo, anchor: anchor) {
                        candidates.append(Pick(
                            at: breach.at, source: series.source,
                            basis: "the first lasting breach of the SLO threshold (\(reading(slo.threshold, input.unit(for: series)))) by \(series.displayName) at \(FigureFormat.time(breach.at, zone: zone)), reading \(reading(breach.value, input.unit(for: series)))"))
                    }
                }
            }
        }
        // A series with an SLO is a declared measure of impact; others (a backend's latency, a
        // queue) are context, and set the start only when no such measure moved.
        if let departure = indicator ?? departure {
            // First, so that it names the start when a breach begins at the same sample.
            candidates.insert(Pick(
                at: departure.departedAt, source: departure.source,
                basis: "\(departure.series) leaving its normal band and staying out, at \(FigureFormat.time(departure.departedAt, zone: zone)), reading \(reading(departure.value, departure.unit))"), at: 0)
        }
        if let report { candidates.append(Pick(event: report, order: "first", what: "customer report relayed by")) }
        if let detection { candidates.append(Pick(event: detection, order: "first")) }
        if candidates.isEmpty, let annotation = events.first(where: { $0.origin == .monitoring }) {
            candidates.append(Pick(event: annotation, order: "first"))
        }
        picked["started"] = candidates.min { $0.at < $1.at }

        let from = detection?.at.addingTimeInterval(-60)
        picked["acknowledged"] = (written(.acknowledgement) ?? events.first { event in
            event.kind == .acknowledgement && counts(event) && from.map { event.at >= $0 } ?? true
        }).map { Pick(event: $0, order: "first") }

        if let event = written(.mitigation) {
            picked["mitigated"] = Pick(event: event, order: "first")
        } else if let start = picked["started"]?.at, let first = indicator ?? departure, first.departedAt == start,
            let recovery = recovery(of: moved, preferSLO: indicator != nil, startedAt: start, zone: zone)
        {
            picked["mitigated"] = recovery
        } else if let event = events.first(where: { event in event.kind == .mitigation && !isStatusPost(event.text) && from.map { event.at >= $0 } ?? true }) {
            picked["mitigated"] = Pick(event: event, order: "first")
        }

        let settled = picked["mitigated"]?.at ?? detection?.at
        let resolutions = events.filter { $0.kind == .resolution && counts($0) }
        if let event = handWritten.last(where: { $0.kind == .resolution }) {
            picked["resolved"] = Pick(event: event, order: "last")
        } else if let event = resolutions.first(where: { event in event.origin == .chat && evidence.commanders.contains(event.actor ?? "") && settled.map { event.at >= $0 } ?? true }) {
            picked["resolved"] = Pick(event: event, order: "first", what: "resolution message by the incident commander")
        } else if let event = resolutions.first(where: { event in event.origin == .chat && settled.map { event.at >= $0 } ?? true }) {
            picked["resolved"] = Pick(event: event, order: "first")
        } else if let event = resolutions.last {
            picked["resolved"] = Pick(event: event, order: "last")
        }

        let givenAt: [String: Date?] = [
            "started": given.started, "detected": given.detected, "acknowledged": given.acknowledged, "mitigated": given.mitigated,
            "resolved": given.resolved,
        ]
        var milestones: [Milestone] = []
        for name in ["started", "detected", "acknowledged", "mitigated", "resolved"] {
            if let at = givenAt[name] ?? nil {
                let basis = given.sources[name].map { "given in the incident file: \($0)" } ?? "given in the incident file"
                milestones.append(Milestone(name: name, at: at, origin: .given, basis: basis))
            } else if let pick = picked[name] {
                milestones.append(Milestone(
                    name: name, at: pick.at, origin: .derived, basis: "derived from " + pick.describe(zone: zone), sources: pick.sources))
            } else {
                milestones.append(Milestone(name: name, at: nil, origin: .missing, basis: "not given in the incident file, and no source shows it"))
            }
        }
        let at = Dictionary(uniqueKeysWithValues: milestones.map { ($0.name, $0.at) })
        let window = IncidentWindow(
            started: at["started"] ?? nil, detected: at["detected"] ?? nil, acknowledged: at["acknowledged"] ?? nil,
            mitigated: at["mitigated"] ?? nil, resolved: at["resolved"] ?? nil)
        return Result(window: window, milestones: milestones, firstReport: report)
    }

    /// When the impact ended by the metrics: every series that moved with the start (within a
    /// quarter hour of it; only those with an SLO when one moved) back within its SLO threshold,
    /// or back in its band when it has none or never breached, and staying there; the latest of
    /// them. Nil when one of them never came back in the data.
    static func recovery(
        of moved: [(finding: MetricDeparture.Finding, series: MetricSeries, slo: SLO?)], preferSLO: Bool, startedAt: Date, zone: TimeZone
    ) -> Pick? {
        var latest: Pick? = nil
        for item in moved where (!preferSLO || item.slo != nil) && item.finding.departedAt <= startedAt.addingTimeInterval(15 * 60) {
            let pick: Pick
            if let slo = item.slo, let back = MetricDeparture.backWithin(item.series, slo: slo, after: item.finding.departedAt) {
                pick = Pick(
                    at: back, source: item.finding.source,
                    basis: "\(item.finding.series) back within its SLO threshold (\(reading(slo.threshold, item.finding.unit))), and staying there, at \(FigureFormat.time(back, zone: zone))")
            } else if let back = item.finding.returnedAt {
                pick = Pick(
                    at: back, source: item.finding.source,
                    basis: "\(item.finding.series) back in its normal band, and staying there, at \(FigureFormat.time(back, zone: zone))")
            } else {
                return nil
            }
            if latest.map({ pick.at > $0.at }) ?? true { latest = pick }
        }
        return latest
    }

    /// `330.1 ms`, `0.38%` for a ratio.
    static func reading(_ value: Double, _ unit: String?) -> String {
        if unit == "ratio" { return FigureFormat.number(value * 100) + "%" }
        return FigureFormat.number(value) + (unit.map { " " + $0 } ?? "")
    }

    /// A status-page post says what responders told customers, not that the service recovered.
    static func isStatusPost(_ text: String) -> Bool {
        ["status page", "statuspage", "status-page", "status update"].contains { text.range(of: $0, options: .caseInsensitive) != nil }
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

    /// The evidence chosen for one milestone and the sentence that says what it is.
    struct Pick {
        var at: Date
        var sources: [SourceRef]
        private var text: (TimeZone) -> String

        init(at: Date, source: SourceRef, basis: String) {
            self.at = at
            self.sources = [source]
            self.text = { _ in basis }
        }

        init(event: TimelineEvent, order: String, what: String? = nil, caveat: String? = nil) {
            at = event.at
            sources = event.sources
            let location = event.sources.first.map { ", \($0.label)" } ?? ""
            let noun = what.map { $0 + (event.actor.map { " \($0)" } ?? "") } ?? WindowDerivation.describe(event)
            let excerpt = TimelineClock.excerpt(event.text, limit: 80)
            let after = caveat.map { "; \($0)" } ?? ""
            text = { zone in "the \(order) \(noun) at \(FigureFormat.time(event.at, zone: zone)) ('\(excerpt)'\(location))\(after)" }
        }

        func describe(zone: TimeZone) -> String { text(zone) }
    }
}

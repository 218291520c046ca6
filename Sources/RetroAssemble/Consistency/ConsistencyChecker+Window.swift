import Foundation
import RetroModel

/// The window's checks: milestones in order, hand-written milestone events inside the window,
/// and given milestones that agree with the alert log and the monitoring.
extension ConsistencyChecker {
    /// The milestone a hand-written event of each kind must not precede (first known wins).
    static let lowerBounds: [TimelineEvent.Kind: [String]] = [
        .detection: ["started"], .acknowledgement: ["detected", "started"],
        .mitigation: ["detected", "started"], .resolution: ["mitigated", "detected", "started"],
    ]

    static func order(_ retro: Retrospective) -> [ConsistencyFinding] {
        let window = retro.window
        var findings: [ConsistencyFinding] = []
        var reported: Set<Date> = []
        for (i, event) in retro.incident.timeline.enumerated() {
            guard let bounds = lowerBounds[event.kind] else { continue }
            var problem: String?
            if let lower = bounds.first(where: { window.at($0) != nil }), let limit = window.at(lower), event.at < limit.addingTimeInterval(-tolerance) {
                problem = "comes before the window's '\(lower)' (\(time(limit)))"
            } else if let resolved = window.resolved, event.at > resolved.addingTimeInterval(tolerance) {
                problem = "comes after the window's 'resolved' (\(time(resolved)))"
            }
            guard let problem else { continue }
            reported.insert(event.at)
            findings.append(ConsistencyFinding(
                rule: .timelineOrder, jsonPath: "$.timeline[\(i)].at",
                message: "The hand-written \(event.kind.rawValue) event at \(time(event.at)) \(problem); one of the two times is wrong, or the event is of another kind."))
        }
        // Two given milestones out of order are an input error the decoder reports; here, derived ones,
        // unless derived from a hand-written event already reported above.
        let known = window.milestones.filter { $0.at != nil }
        for (a, b) in zip(known, known.dropFirst()) where (b.at ?? .distantPast) < (a.at ?? .distantPast) && !(a.origin == .given && b.origin == .given) {
            if [a, b].contains(where: { $0.origin == .derived && $0.at.map(reported.contains) == true }) { continue }
            let anchor = b.origin == .given ? b : a.origin == .given ? a : nil
            findings.append(ConsistencyFinding(
                rule: .timelineOrder, jsonPath: anchor.map { "$.window.\($0.name)" } ?? "$.window",
                message: "The window's '\(b.name)' (\(describe(b))) comes before its '\(a.name)' (\(describe(a))); milestones go started, detected, acknowledged, mitigated, resolved. Correct the given time, or give the milestone that was derived."))
        }
        return findings
    }

    /// "09:10:00Z, derived from …" or "09:20:00Z, given".
    private static func describe(_ m: Milestone) -> String {
        let at = m.at.map(time) ?? "unknown"
        return m.origin == .given ? "\(at), given in the incident file" : "\(at), \(m.basis)"
    }

    /// Given milestones that the alert log or a monitored SLO contradicts.
    static func sources(_ retro: Retrospective, alerts: [AlertEvent]) -> [ConsistencyFinding] {
        let given = retro.incident.window
        var findings: [ConsistencyFinding] = []
        // The file says why its times differ from the sources: nothing to warn about.
        if given.notes != nil { return [] }
        func report(_ milestone: String, _ at: Date, _ text: String) {
            guard given.sources[milestone] == nil else { return }
            findings.append(ConsistencyFinding(
                rule: .windowSources, jsonPath: "$.window.\(milestone)",
                message: "The window says '\(milestone)' is \(time(at)), but \(text). Correct the time, or say why the sources differ with 'window.notes' or the milestone's 'source'."))
        }
        // A warning that paged nobody neither detects nor is acknowledged as the incident.
        let pages = alerts.filter(AlertPaging.isPaging)
        let firstTrigger = pages.filter { $0.kind == .triggered }.min { $0.at < $1.at }
        let firstAck = pages.filter { $0.kind == .acknowledged }.min { $0.at < $1.at }
        let lastResolve = alerts.filter { $0.kind == .resolved }.max { $0.at < $1.at }
        if let detected = given.detected, let alert = firstTrigger, alert.at < detected.addingTimeInterval(-tolerance) {
            report("detected", detected, "the alert '\(excerpt(alert.summary))' triggered earlier, at \(time(alert.at)) (\(alert.source.label))")
        }
        if let started = given.started, let alert = firstTrigger, alert.at < started.addingTimeInterval(-tolerance) {
            report("started", started, "the alert '\(excerpt(alert.summary))' triggered before it, at \(time(alert.at)) (\(alert.source.label))")
        }
        if let acknowledged = given.acknowledged, let alert = firstAck, alert.at < acknowledged.addingTimeInterval(-tolerance) {
            report("acknowledged", acknowledged, "the alert '\(excerpt(alert.summary))' was acknowledged earlier, at \(time(alert.at)) (\(alert.source.label))")
        }
        if let resolved = given.resolved, let alert = lastResolve, alert.at > resolved.addingTimeInterval(tolerance) {
            report("resolved", resolved, "the alert '\(excerpt(alert.summary))' resolved only at \(time(alert.at)) (\(alert.source.label))")
        }
        if let started = given.started, let breach = firstBreach(retro.monitoring, ongoingAt: started) {
            report("started", started, "'\(breach.panel)' (\(breach.series)) was already past its SLO threshold from \(time(breach.at)) (\(breach.path))")
        }
        return findings
    }

    /// The earliest SLO breach that began more than `tolerance` before `at` and lasted past it.
    static func firstBreach(_ monitoring: MonitoringContext, ongoingAt at: Date) -> (panel: String, series: String, path: String, at: Date)? {
        var best: (panel: String, series: String, path: String, at: Date)?
        for panel in monitoring.panels {
            for analysis in panel.analyses {
                for breach in analysis.slo?.breaches ?? [] where breach.start < at.addingTimeInterval(-tolerance) && breach.end > at {
                    if best.map({ breach.start < $0.at }) ?? true { best = (panel.title, analysis.series, panel.path, breach.start) }
                }
            }
        }
        return best
    }

    private static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }
}

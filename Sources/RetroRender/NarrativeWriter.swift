import Foundation
import RetroModel

/// A narrative written from the facts when the incident file has none, in the order a person
/// would tell it: the impact and its severity; how things normally are and how the incident
/// began and was noticed; what the responders tried, in order; the turning point and what
/// worked; what was learned. Every time and duration comes from the model; texts come from
/// the incident file's own events, never from raw chat; no one is named.
struct NarrativeWriter {
    let retro: Retrospective
    let clock: DisplayTime
    let text: NarrativeText

    init(retro: Retrospective, clock: DisplayTime) {
        self.retro = retro
        self.clock = clock
        let i = retro.incident
        let texts = i.timeline.map(\.text) + i.contributingFactors.map(\.title) + i.wentWell + [i.impact.summary, i.title].compactMap { $0 }
        self.text = NarrativeText(texts: texts, names: i.people.map(\.name))
    }

    /// Paragraphs of plain text (not yet escaped for Markdown).
    func paragraphs() -> [String] {
        [impact(), beginning(), response(), turningPoint(), learning()].filter { !$0.isEmpty }.map(NarrativeText.grouped)
    }

    private var d: IncidentDurations { retro.durations }
    private func long(_ seconds: Int) -> String { DisplayTime.longDuration(TimeInterval(seconds)) }

    /// Events the story may quote: written in the incident file or by a tool, naming no one.
    private func quotable(_ kinds: Set<TimelineEvent.Kind>, from: Date? = nil, before: Date? = nil) -> [TimelineEvent] {
        retro.timeline.events.filter { e in
            kinds.contains(e.kind) && e.origin != .chat && !text.namesSomeone(e.text)
                && from.map { e.at >= $0 } ?? true && before.map { e.at < $0 } ?? true
        }
    }

    private func impact() -> String {
        var s: [String] = []
        if let summary = retro.stakeholder.impact { s.append(NarrativeText.sentence(summary)) }
        if let start = retro.window.started {
            var began = "It began on \(clock.longDay(start)) at \(clock.time(start)) \(clock.zoneInProse(at: start))"
            if let total = d.total, let resolved = retro.window.resolved {
                began += " and lasted \(long(total)), until the incident was resolved at \(clock.time(resolved))"
            }
            s.append(began + ".")
        }
        let services = retro.incident.services
        s.append("It was rated \(retro.incident.severity)" + (services.isEmpty ? "" : ", affecting \(NarrativeText.list(services))") + ".")
        return s.joined(separator: " ")
    }

    private func beginning() -> String {
        var s: [String] = []
        let baselines = retro.monitoring.panels.compactMap { panel -> String? in
            panel.analyses.first?.baselineStats.mean.map { "\(MonitoringView.number($0, panel.unit)) for \(panel.title)" }
        }
        if !baselines.isEmpty {
            s.append("Before it began, the monitoring showed the usual values: on average " + NarrativeText.list(Array(baselines.prefix(3))) + ".")
        }
        let detected = retro.window.detected ?? retro.window.started
        let opening = quotable([.action, .note], before: detected.map { $0.addingTimeInterval(1) }).prefix(2)
        for (i, event) in opening.enumerated() {
            s.append(i == 0
                ? "The timeline opens at \(clock.time(event.at)): \(text.afterColon(event.text))"
                : "At \(clock.time(event.at)), \(text.lowerFirst(NarrativeText.sentence(event.text)))")
        }
        if let at = retro.window.detected, let ttd = d.timeToDetect {
            let how = quotable([.detection]).min { abs($0.at.timeIntervalSince(at)) < abs($1.at.timeIntervalSince(at)) }
            // Under a minute reads as "0 minutes after": say what the figure means instead.
            let when = ttd < 60 ? "within a minute of its start" : "\(long(ttd)) after it began"
            s.append("It was noticed at \(clock.time(at)), \(when)" + (how.map { ": " + text.afterColon($0.text) } ?? "."))
        }
        if let tta = d.timeToAcknowledge { s.append("A responder acknowledged it \(long(tta)) later.") }
        return s.joined(separator: " ")
    }

    private var breakthrough: TimelineEvent? {
        quotable([.breakthrough]).first ?? retro.timeline.events.first { $0.kind == .breakthrough && !text.namesSomeone($0.text) && $0.origin != .chat }
    }

    private func response() -> String {
        let start = retro.window.detected ?? retro.window.started
        let end = breakthrough?.at ?? chatBreakthrough?.at ?? retro.window.mitigated
        // Hand-written steps only: tools' escalation notices are not what the responders tried.
        let steps = quotable([.hypothesis, .action, .escalation], from: start, before: end).filter { $0.origin == .incidentFile }.prefix(4)
        guard !steps.isEmpty else {
            let chat = retro.timeline.events.filter { e in
                [.hypothesis, .action].contains(e.kind) && e.origin == .chat && end.map { e.at < $0 } ?? true
            }.count
            guard chat > 0 else { return "" }
            if let untried = triedBefore(end), !untried.isEmpty { return untried }
            // With timeline limits the table shows a selection, so the count is of what it shows.
            let omitted = retro.timeline.omitted.events[.hypothesis, default: 0] + retro.timeline.omitted.events[.action, default: 0]
            return omitted == 0
                ? "The chat records \(NarrativeText.count(chat)) hypotheses and actions before the turning point; the timeline lists them in order."
                : "The timeline lists \(NarrativeText.count(chat)) of the hypotheses and actions the chat records before the turning point, in order."
        }
        let connectors = ["First", "Then", "Next", "After that"]
        return steps.enumerated().map { i, event in
            let at = steps.count == 1 ? "At \(clock.time(event.at))," : "\(connectors[min(i, connectors.count - 1)]), at \(clock.time(event.at)),"
            switch event.kind {
            // A hypothesis before the turning point was one the responders checked, often to rule it out: not "the working" one.
            case .hypothesis: return "\(at) they looked into a hypothesis: \(NarrativeText.sentence(NarrativeText.withoutLabel(event.text)))"
            case .escalation: return "\(at) they called in help: \(text.afterColon(event.text))"
            default: return "\(at) they tried this: \(text.afterColon(NarrativeText.withoutLabel(event.text)))"
            }
        }.joined(separator: " ")
    }

    /// Chat-only incidents: the steps taken before the turning point, by time and count, never by
    /// their words (chat is quoted only in the timeline).
    private func triedBefore(_ end: Date?) -> String? {
        guard let end, breakthrough == nil, chatBreakthrough != nil else { return nil }
        let start = retro.window.detected ?? retro.window.started ?? .distantPast
        let steps = retro.timeline.events.filter { $0.origin == .chat && $0.kind == .action && $0.at >= start && $0.at < end }
        let ruledOut = retro.timeline.events.filter { $0.origin == .chat && $0.kind == .hypothesis && $0.at >= start && $0.at < end }.count
        var s: [String] = []
        if !steps.isEmpty {
            let times = NarrativeText.list(steps.prefix(4).map { clock.time($0.at) }) + (steps.count > 4 ? " and later" : "")
            s.append("Before the turning point the responders took \(NarrativeText.count(steps.count)) step\(steps.count == 1 ? "" : "s") (at \(times)); "
                + (steps.count == 1 ? "it did not end the impact." : "none of them ended the impact."))
        }
        if ruledOut > 0 { s.append("They weighed \(NarrativeText.count(ruledOut)) hypothes\(ruledOut == 1 ? "is" : "es") along the way; the timeline lists each.") }
        return s.joined(separator: " ")
    }

    /// The first breakthrough found in the channel, used for its time only.
    private var chatBreakthrough: TimelineEvent? {
        retro.timeline.events.first { $0.kind == .breakthrough && $0.origin == .chat }
    }

    private func turningPoint() -> String {
        var s: [String] = []
        if breakthrough == nil, let b = chatBreakthrough {
            s.append("The turning point came at \(clock.time(b.at)), when the cause was found in the incident channel.")
        }
        if let b = breakthrough {
            s.append("The turning point came at \(clock.time(b.at)): \(text.afterColon(b.text))")
            let worked = quotable([.action], from: b.at.addingTimeInterval(1), before: retro.window.mitigated.map { $0.addingTimeInterval(1) })
            if let step = worked.first(where: \.key) ?? worked.first {
                for earlier in worked.filter({ $0.origin == .incidentFile && $0.at < step.at }).prefix(2) {
                    s.append("At \(clock.time(earlier.at)), they tried this: \(text.afterColon(earlier.text))")
                }
                s.append("What worked followed at \(clock.time(step.at)): \(text.afterColon(step.text))")
            }
        }
        let undone = retro.timeline.events.filter { $0.revertedAt != nil }
        if !undone.isEmpty {
            let steps = undone.prefix(3).compactMap { e in e.revertedAt.map { "at \(clock.time(e.at)) (undone at \(clock.time($0)))" } }
            s.append("Not every step stayed: " + (undone.count == 1 ? "one was tried and undone, " : "\(NarrativeText.count(undone.count)) were tried and undone, ")
                + NarrativeText.list(steps) + ".")
        }
        if let at = retro.window.mitigated, let ttm = d.timeToMitigate {
            let how = quotable([.mitigation]).first { abs($0.at.timeIntervalSince(at)) < 120 }
            s.append("Impact was mitigated at \(clock.time(at)), \(long(ttm)) after it began" + (how.map { ": " + text.afterColon($0.text) } ?? "."))
        }
        if let mitigated = retro.window.mitigated, let resolved = retro.window.resolved, resolved > mitigated {
            s.append("The incident was resolved at \(clock.time(resolved)), \(long(Int(saturating: resolved.timeIntervalSince(mitigated)))) later.")
        } else if let resolved = retro.window.resolved, retro.window.started == nil {
            s.append("The incident was resolved at \(clock.time(resolved)).")
        }
        return s.joined(separator: " ")
    }

    /// "two are done, one is in progress and two are open".
    private func progress() -> String {
        let f = retro.followUps
        let parts = [(f.count(.done), "done"), (f.count(.inProgress), "in progress"), (f.count(.open), "open"), (f.count(.wontDo), "not pursued")]
            .filter { $0.0 > 0 }.map { "\(NarrativeText.count($0.0)) \($0.0 == 1 ? "is" : "are") \($0.1)" }
        return NarrativeText.list(parts)
    }

    private func learning() -> String {
        var s: [String] = []
        let factors = retro.factors.groups.flatMap(\.factors)
        if !factors.isEmpty {
            let categories = retro.factors.groups.map(\.category.rawValue)
            s.append("The review found \(NarrativeText.count(factors.count)) contributing factor\(factors.count == 1 ? "" : "s")"
                + (factors.count > 1 ? " rather than a single cause, across \(NarrativeText.list(categories)) lines." : ", on the \(categories[0]) side."))
            let shown = factors.filter { !text.namesSomeone($0.title) }.prefix(3).map { text.lowerFirst(NarrativeText.trimPeriod($0.title)) }
            if !shown.isEmpty { s.append("Among them: " + shown.joined(separator: "; ") + ".") }
        }
        if let helped = retro.factors.wentWell.first(where: { !text.namesSomeone($0) }) {
            s.append("What went well counts too: \(text.afterColon(helped))")
        }
        let items = retro.followUps.items
        if !items.isEmpty {
            let n = NarrativeText.count(items.count)
            s.append("\(n.prefix(1).uppercased() + n.dropFirst()) follow-up\(items.count == 1 ? "" : "s") \(items.count == 1 ? "addresses" : "address") what was learned; so far \(progress()).")
        }
        return s.joined(separator: " ")
    }
}

import Foundation
import RetroMarkdown
import RetroModel

/// The Mustache context of the Markdown templates: every value from the incident or its sources
/// is escaped for Markdown here, so a template can print it as it is.
struct RetrospectiveView {
    let retro: Retrospective
    let sourceFile: String
    let clock: DisplayTime

    init(_ retro: Retrospective, sourceFile: String) {
        self.retro = retro
        self.sourceFile = sourceFile
        self.clock = DisplayTime(zone: retro.incident.displayZone)
    }

    private func e(_ text: String?) -> String { text.map(MarkdownEscape.inline) ?? "" }

    var zoneLabel: String {
        clock.zoneLabel(from: retro.window.started ?? retro.window.detected ?? Date(timeIntervalSince1970: 0), to: retro.window.resolved ?? retro.timeline.events.last?.at)
    }

    /// Whether the incident's clock time is ambiguous without the zone's abbreviation: it spans a change.
    var spansClockChange: Bool {
        guard let start = retro.window.started ?? retro.timeline.events.first?.at, let end = retro.window.resolved ?? retro.timeline.events.last?.at
        else { return false }
        return clock.clockChange(from: min(start, retro.timeline.events.first?.at ?? start), to: max(end, retro.timeline.events.last?.at ?? end)) != nil
    }

    /// `2026-11-01 01:41`, or `2026-11-01 01:41 PDT` when the incident spans a clock change.
    func dateTimeStamp(_ date: Date) -> String {
        spansClockChange ? "\(clock.dateTime(date)) \(clock.abbreviation(date))" : clock.dateTime(date)
    }

    func context() -> [String: Any] {
        let i = retro.incident
        var context: [String: Any] = [
            "sourceFile": e(sourceFile), "id": e(i.id), "title": e(i.title), "severity": e(i.severity),
            "status": e(i.status.rawValue), "services": i.services.map(e).joined(separator: ", "),
            "zoneLabel": e(zoneLabel), "version": RenderInfo.version,
            "milestones": retro.window.milestones.map { ["at": $0.at.map(dateTimeStamp) ?? "—"] },
            "figures": figures(),
            "stakeholder": stakeholder().merging(stakeholderProgress()) { given, _ in given }, "monitoring": monitoring(), "timeline": timeline(),
            "factors": factors(), "followUps": followUps(),
        ]
        // Absent keys, not nil values: Mustache treats a stored nil as present.
        if let text = i.technicalAnalysis { context["technicalAnalysis"] = Self.trustedMarkdown(text) }
        if let text = retro.narrative {
            context["narrative"] = Self.trustedMarkdown(text)
        } else if retro.window.started != nil || retro.stakeholder.impact != nil {
            let paragraphs = NarrativeWriter(retro: retro, clock: clock).paragraphs().map(MarkdownEscape.inline)
            context["narrative"] = (paragraphs + ["_Written by retro from the facts above; add `narrative` to the incident file to replace it._"]).joined(separator: "\n\n")
        }
        return context
    }

    /// Markdown written by the team in the incident file: kept as Markdown (raw HTML is dropped by
    /// the HTML renderer's safe mode), with headings demoted below the section's own.
    static func trustedMarkdown(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("#"), let hashes = line.firstIndex(where: { $0 != "#" }), line[hashes] == " ", line.distance(from: line.startIndex, to: hashes) < 3 {
                return "###" + line[hashes...]
            }
            return String(line)
        }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func figures() -> [String: String] {
        let d = retro.durations
        func f(_ t: Int?) -> String { t.map { DisplayTime.duration($0) } ?? "unknown" }
        return ["detect": f(d.timeToDetect), "acknowledge": f(d.timeToAcknowledge), "mitigate": f(d.timeToMitigate), "resolve": f(d.timeToResolve), "total": f(d.total)]
    }

    func stakeholder() -> [String: Any] {
        let s = retro.stakeholder
        var result: [String: Any] = [
            "reassurances": s.reassurances.map(e), "actionPlan": s.actionPlan.map(e), "asks": s.asks.map(e), "hasAsks": !s.asks.isEmpty,
        ]
        if let impact = s.impact { result["impact"] = e(impact) }
        if let p = retro.customerImpactPeriod {
            let end = clock.day(p.end) == clock.day(p.start) ? clock.time(p.end) : clock.dateTime(p.end)
            let until = p.endMilestone == "mitigated" ? "mitigation" : "resolution"
            result["impactPeriod"] = e("\(clock.dateTime(p.start)) to \(end), \(DisplayTime.duration(p.seconds)), from the start of impact to \(until); the customer summary states the same period.")
        }
        if let statement = s.customerStatement { result["customerStatement"] = e(statement) }
        if let business = s.business { result["business"] = e(business) }
        return result
    }

    /// For internal stakeholders: where the incident stands, and how far the follow-ups have come.
    func stakeholderProgress() -> [String: Any] {
        let w = retro.window
        let state: String
        if let resolved = w.resolved {
            let after = retro.durations.total.map { ", \(DisplayTime.longDuration(TimeInterval($0))) after the impact began" } ?? ""
            state = "The incident was resolved on \(clock.longDay(resolved)) at \(clock.time(resolved)) \(clock.zoneInProse(at: resolved))\(after)."
        } else if let mitigated = w.mitigated {
            state = "The impact was mitigated on \(clock.longDay(mitigated)) at \(clock.time(mitigated)) \(clock.zoneInProse(at: mitigated)); the incident is not resolved yet."
        } else {
            state = "The incident is not resolved yet; this message is updated as it progresses."
        }
        var result: [String: Any] = ["state": e(state), "hasActionPlan": !retro.stakeholder.actionPlan.isEmpty]
        if !retro.followUps.items.isEmpty { result["progress"] = e(retro.followUps.progress) }
        return result
    }

    func monitoring() -> [String: Any] { MonitoringView(retro: retro, clock: clock).context() }

    func timeline() -> [String: Any] {
        let start = retro.window.started ?? retro.timeline.events.first?.at
        let phases = retro.timeline.phases.map { p in
            ["name": e(p.name), "from": clock.dateTime(p.from), "to": clock.dateTime(p.to), "duration": DisplayTime.duration(p.duration)]
        }
        var lastDay = ""
        // Across a clock change, each row names its offset where it changes, and the first row
        // after the change says so: 01:58 PDT, then 01:12 PST (clocks changed).
        let marksOffsets = spansClockChange
        var lastOffset: Int? = nil
        func stamp(_ at: Date) -> String {
            let day = clock.day(at)
            defer { lastDay = day }
            var text = day == lastDay ? clock.time(at) : clock.dateTime(at)
            if marksOffsets {
                let offset = clock.zone.secondsFromGMT(for: at)
                if offset != lastOffset {
                    text += " " + clock.abbreviation(at)
                    if lastOffset != nil { text += " (clocks changed)" }
                }
                lastOffset = offset
            }
            return text
        }
        let events = retro.timeline.events.map { event -> [String: Any] in
            var row: [String: Any] = [
                "time": stamp(event.at), "kind": event.kind.rawValue, "text": e(event.text), "key": event.key,
                "offset": start.map { Self.offset(event.at.timeIntervalSince($0)) } ?? "",
                "source": Self.sourceLink(event.sources.first, origin: event.origin),
            ]
            if let actor = event.actor { row["actor"] = e(actor) }
            return row
        }
        lastDay = ""
        lastOffset = nil
        let chatter = retro.timeline.chatter.map { m -> [String: Any] in
            ["time": stamp(m.at), "author": e(m.author.name), "text": e(m.text.count > 280 ? String(m.text.prefix(279)) + "…" : m.text)]
        }
        let signals = retro.timeline.signals.map { ["time": clock.time($0.at), "text": e($0.text)] }
        // Derived milestones say what set them; given ones only when the file names their source.
        var derived = retro.window.milestones.filter { $0.origin == .derived || retro.incident.window.sources[$0.name] != nil }
            .map { "\($0.name): \(e($0.basis))" }
        if let notes = retro.incident.window.notes { derived.append("notes: \(e(notes))") }
        return [
            "phases": phases, "hasPhases": !phases.isEmpty, "events": events, "hasEvents": !events.isEmpty,
            // Event text taken from chat is what people said: the lint reads it as quoted speech.
            "quotesChat": retro.timeline.events.contains { $0.origin == .chat },
            "signals": signals, "hasSignals": !signals.isEmpty, "chatter": chatter, "hasChatter": !chatter.isEmpty,
            "derived": derived, "hasDerived": !derived.isEmpty,
            "omittedEvents": OmittedText.events(retro.timeline) ?? false,
            "omittedSignals": OmittedText.signals(retro.timeline) ?? false,
            "omittedChatter": OmittedText.chatter(retro.timeline) ?? false,
        ]
    }

    /// "Five whys" only when there are five: "Three whys", "One why", "12 whys".
    static func whysHeading(_ count: Int) -> String {
        let words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
        let number = (1...words.count).contains(count) ? words[count - 1] : "\(count)"
        return count == 1 ? "\(number) why" : "\(number) whys"
    }

    /// A link back to where an event came from: the chat permalink when known, else `file#index`.
    static func sourceLink(_ source: SourceRef?, origin: TimelineEvent.Origin) -> String {
        guard let source else { return origin == .incidentFile ? "incident file" : "" }
        if let url = source.url { return MarkdownLink.make(source.label, url) }
        return MarkdownEscape.inline(source.label)
    }

    /// `+17 min`, `−7 min`, `+0 min`: minutes are the timeline's resolution.
    static func offset(_ seconds: TimeInterval) -> String {
        if abs(seconds) < 60 { return "+0 min" }
        return (seconds > 0 ? "+" : "") + DisplayTime.duration(seconds)
    }

    func factors() -> [String: Any] {
        let groups = retro.factors.groups.map { group -> [String: Any] in
            ["category": group.category.rawValue.capitalized, "factors": group.factors.map { f -> [String: Any] in
                var row: [String: Any] = [
                    "id": e(f.id), "title": e(f.title), "accepted": f.accepted,
                    "whys": f.whys.enumerated().map { ["n": $0.offset + 1, "text": e($0.element)] as [String: Any] },
                    "hasWhys": !f.whys.isEmpty, "whysHeading": Self.whysHeading(f.whys.count),
                ]
                if let d = f.description { row["description"] = MarkdownEscape.block(d) }
                if f.accepted, let reason = f.acceptedReason { row["acceptedReason"] = e(reason) }
                if let ids = retro.factors.followUpsByFactor[f.id], !ids.isEmpty { row["addressedBy"] = ids.map(e).joined(separator: ", ") }
                if let evidence = retro.factors.evidence[f.id], !evidence.isEmpty { row["evidence"] = evidence.map(evidenceLink).joined(separator: "; ") }
                return row
            }]
        }
        var result: [String: Any] = ["groups": groups, "wentWell": retro.factors.wentWell.map(e)]
        if !groups.isEmpty {
            let count = retro.factors.groups.reduce(0) { $0 + $1.factors.count }
            let categories = retro.factors.groups.map { $0.category.rawValue }.joined(separator: ", ")
            result["fishbone"] = ["asset": Fishbone.assetName, "alt": e("Fishbone diagram: \(count) contributing factors by category (\(categories)) leading to the incident")]
        }
        return result
    }

    /// A factor's evidence as a link to the timeline row or monitoring panel it cites; plain text when it cites nothing found.
    func evidenceLink(_ evidence: Evidence) -> String {
        switch evidence.target {
        case .event(let i) where retro.timeline.events.indices.contains(i):
            let event = retro.timeline.events[i]
            let text = event.text.count > 70 ? String(event.text.prefix(69)) + "…" : event.text
            return MarkdownLink.fragment("\(clock.time(event.at)) \(text)", Self.eventAnchor(i)) + " (timeline)"
        case .panel(let i) where retro.monitoring.panels.indices.contains(i):
            return MarkdownLink.fragment(retro.monitoring.panels[i].title, HTMLAnchors.slug(retro.monitoring.panels[i].title)) + " (monitoring)"
        default:
            return e(evidence.text)
        }
    }

    /// `event-3`: the id of the timeline table's row for event index 2.
    static func eventAnchor(_ index: Int) -> String { "event-\(index + 1)" }

    func followUps() -> [String: Any] {
        let items = retro.followUps.items.map { item -> [String: Any] in
            var row: [String: Any] = [
                "id": e(item.id), "title": e(item.title), "owner": item.owner.map(e) ?? "—", "due": item.due.map(e) ?? "—",
                "status": e(item.status.rawValue.replacingOccurrences(of: "_", with: " ")),
                "addresses": item.addresses.isEmpty ? "—" : item.addresses.map(e).joined(separator: ", "),
                "tracker": item.tracker.map { MarkdownLink.make(MarkdownLink.shortLabel($0), $0) } ?? "—",
                "hasContext": item.rationale != nil || item.expectedImpact != nil,
            ]
            if let r = item.rationale { row["rationale"] = e(r) }
            if let x = item.expectedImpact { row["expectedImpact"] = e(x) }
            return row
        }
        return ["items": items, "hasItems": !items.isEmpty, "progress": e(retro.followUps.progress)]
    }
}

/// Facts about this build of retro, printed into outputs and by `retro --version`.
public enum RenderInfo {
    public static let version = "0.1.0"
}

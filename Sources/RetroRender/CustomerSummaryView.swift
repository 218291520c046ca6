import Foundation
import RetroMarkdown
import RetroModel

/// The Mustache context of the customer summary's templates. Every text is escaped for Markdown
/// here, so the Markdown template prints values as they are and the HTML page (cmark-gfm, safe
/// mode) shows them as text.
struct CustomerSummaryView {
    let summary: CustomerSummary
    let clock: DisplayTime
    let names: ZoneNames

    init(_ summary: CustomerSummary) {
        self.summary = summary
        self.clock = DisplayTime(zone: summary.zone)
        self.names = ZoneNames(zone: summary.zone)
    }

    private func e(_ text: String) -> String { MarkdownEscape.inline(text) }

    /// The date the page is about: the day the impact began, else the day of the status.
    var day: String? { (summary.period?.start ?? summary.statusAt).map(clock.longDay) }

    func context() -> [String: Any] {
        var context: [String: Any] = [
            "headline": e(summary.headline), "plainHeadline": PlainText.shown(summary.headline),
            "status": summary.status.rawValue, "statusLabel": summary.status.rawValue.capitalized,
            "reassurances": summary.reassurances.map(e), "hasReassurances": !summary.reassurances.isEmpty,
            "actions": summary.actions.map { ["text": e($0.text), "state": e(state($0))] },
            "hasActions": !summary.actions.isEmpty, "version": RenderInfo.version,
        ]
        // Absent keys, not nil values: Mustache treats a stored nil as present.
        if let day { context["day"] = day }
        if let statement = summary.statement { context["statement"] = MarkdownEscape.block(statement) }
        if let period = periodSentence() { context["period"] = e(period) }
        if let status = statusSentence() { context["statusSentence"] = e(status) }
        if let support = summary.support { context["support"] = MarkdownEscape.block(support) }
        if let zone = zoneLabel() { context["zone"] = zone }
        return context
    }

    /// `The disruption lasted 2 hours 5 minutes, between 10:02 and 12:07 CET (Central European Time) on 14 March 2026.`
    func periodSentence() -> String? {
        guard let p = summary.period else { return nil }
        let length = DisplayTime.longDuration(TimeInterval(p.seconds))
        return "The disruption lasted \(length), \(span(p.start, p.end))."
    }

    /// `between 10:02 and 12:07 CET (Central European Time) on 14 March 2026`; both days are
    /// named when the span crosses midnight, and the zone's name follows the start time when
    /// the abbreviation changes (a switch to or from summer time).
    func span(_ start: Date, _ end: Date) -> String {
        let startZone = names.full(at: start), endZone = names.full(at: end)
        let sameDay = clock.day(start) == clock.day(end)
        if sameDay, startZone == endZone {
            return "between \(time(start)) and \(time(end)) \(endZone) on \(clock.longDay(start))"
        }
        let from = "\(time(start))\(startZone == endZone ? "" : " \(startZone)") on \(clock.longDay(start))"
        return "between \(from) and \(time(end)) \(endZone) on \(clock.longDay(end))"
    }

    /// What the status line adds to the period: when the incident was resolved, or that work goes on.
    func statusSentence() -> String? {
        switch summary.status {
        case .resolved:
            guard let at = summary.statusAt else { return nil }
            if let p = summary.period, p.endMilestone == "resolved" { return "The incident is resolved." }
            return "The incident was fully resolved at \(stamp(at))."
        case .mitigated:
            guard let at = summary.statusAt else { return nil }
            if let p = summary.period, p.end == at {
                return "The service has been working again since then; work to fully resolve the incident continues."
            }
            return "The service has been working again since \(stamp(at)); work to fully resolve the incident continues."
        case .ongoing:
            return "The incident is not resolved yet; this page will be updated."
        }
    }

    /// `12:07 CET`, with the date when it is not the page's day.
    func stamp(_ date: Date) -> String {
        let text = "\(time(date)) \(names.abbreviation(at: date))"
        return clock.longDay(date) == day ? text : "\(text) on \(clock.longDay(date))"
    }

    /// `Times in CET (Central European Time)`, for the HTML page's header.
    func zoneLabel() -> String? {
        guard let at = summary.period?.start ?? summary.statusAt else { return nil }
        return "Times in \(names.full(at: at))"
    }

    /// `10:02`, or `2:42 PM` where customers read a 12-hour clock.
    func time(_ date: Date) -> String {
        guard names.twelveHour else { return clock.time(date) }
        let parts = clock.time(date).split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return clock.time(date) }
        let hour = parts[0] % 12 == 0 ? 12 : parts[0] % 12
        return "\(hour):\(parts[1] < 10 ? "0" : "")\(parts[1]) \(parts[0] < 12 ? "AM" : "PM")"
    }

    /// `Done`, `In progress, due 15 April 2026`, `Planned for 30 April 2026`, `Planned`.
    func state(_ action: CustomerSummary.Action) -> String {
        let due = action.due.flatMap(Self.longDate)
        switch action.status {
        case .done: return "Done"
        case .inProgress: return due.map { "In progress, due \($0)" } ?? "In progress"
        case .open, .wontDo: return due.map { "Planned for \($0)" } ?? "Planned"
        }
    }

    /// `2026-04-15` → `15 April 2026`; nil for anything that is not such a date.
    static func longDate(_ text: String) -> String? {
        let parts = text.split(separator: "-").map(String.init)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            (1...31).contains(d)
        else { return nil }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(d) \(months[m - 1]) \(y)"
    }
}

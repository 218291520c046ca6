import Foundation
import RetroModel

/// Finds what a factor's `evidence` entry cites: a monitoring panel (by its title or a series
/// name), or a timeline event (by its time, `HH:MM` in the display zone or ISO-8601, by its
/// text, or both as `HH:MM text`). Key events win over others when several match.
enum EvidenceResolver {
    static func resolve(_ factors: [ContributingFactor], events: [TimelineEvent], panels: [MonitoringContext.Panel], zone: TimeZone) -> [String: [Evidence]] {
        var result: [String: [Evidence]] = [:]
        let index = EventIndex(events: events, zone: zone)
        for factor in factors where !factor.evidence.isEmpty {
            result[factor.id] = factor.evidence.map { Evidence(text: $0, target: target($0, index: index, panels: panels, zone: zone)) }
        }
        return result
    }

    static func target(_ text: String, events: [TimelineEvent], panels: [MonitoringContext.Panel], zone: TimeZone) -> Evidence.Target {
        target(text, index: EventIndex(events: events, zone: zone), panels: panels, zone: zone)
    }

    private static func target(_ text: String, index: EventIndex, panels: [MonitoringContext.Panel], zone: TimeZone) -> Evidence.Target {
        let wanted = normalized(text)
        guard !wanted.isEmpty else { return .unresolved }
        if let i = panels.firstIndex(where: { names(of: $0).contains(wanted) }) { return .panel(i) }
        if wanted.count >= 6, let i = panels.firstIndex(where: { names(of: $0).contains { $0.contains(wanted) } }) { return .panel(i) }

        let (time, clockOnly, rest) = splitTime(text, zone: zone)
        let phrase = normalized(rest)
        if phrase.isEmpty && time == nil { return .unresolved }
        let minute = time.map { index.minute(of: $0) }
        var first: Int?
        for i in index.events.indices {
            if let minute, !index.minute(at: i).matches(minute, onlyClock: clockOnly) { continue }
            if !phrase.isEmpty && !index.text(at: i).contains(phrase) { continue }
            if index.events[i].key { return .event(i) }
            if first == nil { first = i }
        }
        return first.map { .event($0) } ?? .unresolved
    }

    /// The events with their normalized texts and minutes, each computed once, when first needed:
    /// a factor's evidence entries are checked against every event, and an export has many.
    private final class EventIndex {
        let events: [TimelineEvent]
        private let calendar: Calendar
        private var texts: [String]?
        private var minutes: [Minute]?

        init(events: [TimelineEvent], zone: TimeZone) {
            self.events = events
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            self.calendar = calendar
        }

        func text(at i: Int) -> String {
            if texts == nil { texts = events.map { EvidenceResolver.normalized($0.text) } }
            return texts![i]
        }

        func minute(at i: Int) -> Minute {
            if minutes == nil { minutes = events.map { minute(of: $0.at) } }
            return minutes![i]
        }

        func minute(of date: Date) -> Minute {
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            return Minute(day: (c.year ?? 0) * 10_000 + (c.month ?? 0) * 100 + (c.day ?? 0), clock: (c.hour ?? 0) * 60 + (c.minute ?? 0))
        }
    }

    /// A minute in the display zone: its calendar day and its clock time.
    private struct Minute {
        let day: Int
        let clock: Int

        func matches(_ other: Minute, onlyClock: Bool) -> Bool {
            clock == other.clock && (onlyClock || day == other.day)
        }
    }

    private static func names(of panel: MonitoringContext.Panel) -> [String] {
        [normalized(panel.title)] + panel.series.flatMap { [normalized($0.name), normalized($0.displayName)] }
    }

    /// Lower case, runs of whitespace as one space, no final period.
    static func normalized(_ text: String) -> String {
        var t = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// `10:18 pool at 64 of 64` → (10:18 on any day, clock only, "pool at 64 of 64"); an ISO time → (that time, not clock only, the rest).
    static func splitTime(_ text: String, zone: TimeZone) -> (Date?, Bool, String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let first = trimmed.prefix { !$0.isWhitespace }
        let rest = String(trimmed.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)
        if first.contains("T"), let date = Timestamp.parse(String(first), zone: zone) { return (date, false, rest) }
        let parts = first.split(separator: ":")
        guard (2...3).contains(parts.count), let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return (nil, false, trimmed) }
        // A clock time: only hour and minute are compared.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return (calendar.date(from: DateComponents(year: 2000, month: 1, day: 1, hour: h, minute: m)), true, rest)
    }
}

import Foundation
import RetroModel

/// Finds what a factor's `evidence` entry cites: a monitoring panel (by its title or a series
/// name), or a timeline event (by its time, `HH:MM` in the display zone or ISO-8601, by its
/// text, or both as `HH:MM text`). Key events win over others when several match.
enum EvidenceResolver {
    static func resolve(_ factors: [ContributingFactor], events: [TimelineEvent], panels: [MonitoringContext.Panel], zone: TimeZone) -> [String: [Evidence]] {
        var result: [String: [Evidence]] = [:]
        for factor in factors where !factor.evidence.isEmpty {
            result[factor.id] = factor.evidence.map { Evidence(text: $0, target: target($0, events: events, panels: panels, zone: zone)) }
        }
        return result
    }

    static func target(_ text: String, events: [TimelineEvent], panels: [MonitoringContext.Panel], zone: TimeZone) -> Evidence.Target {
        let wanted = normalized(text)
        guard !wanted.isEmpty else { return .unresolved }
        if let i = panels.firstIndex(where: { names(of: $0).contains(wanted) }) { return .panel(i) }
        if wanted.count >= 6, let i = panels.firstIndex(where: { names(of: $0).contains { $0.contains(wanted) } }) { return .panel(i) }

        let (time, clockOnly, rest) = splitTime(text, zone: zone)
        let phrase = normalized(rest)
        let candidates = events.indices.filter { i in
            let event = events[i]
            if let time, !sameMinute(event.at, time, zone: zone, onlyClock: clockOnly) { return false }
            return phrase.isEmpty ? time != nil : normalized(event.text).contains(phrase)
        }
        if let best = candidates.first(where: { events[$0].key }) ?? candidates.first { return .event(best) }
        return .unresolved
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

    private static func sameMinute(_ a: Date, _ b: Date, zone: TimeZone, onlyClock: Bool) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let x = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: a)
        let y = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: b)
        return x.hour == y.hour && x.minute == y.minute && (onlyClock || (x.year == y.year && x.month == y.month && x.day == y.day))
    }
}

import RetroIngest
import RetroModel

/// The readable form of `retro inspect`.
enum InspectText {
    /// Times are shown in `clock`'s zone.
    static func render(_ result: IngestResult, limit: Int, clock: ZonedTime = .utc) -> String {
        var lines = ["format: \(result.format) (\(result.kind.rawValue))"]
        switch result.kind {
        case .chat:
            let content = result.messages.filter { $0.kind == .message }
            lines.append("messages: \(result.messages.count) (\(content.count) content, \(result.messages.count - content.count) channel events)")
            lines.append(range(result.messages.map(\.at), clock))
            var counts: [String: Int] = [:]
            for m in content { counts[m.author.name, default: 0] += 1 }
            let people = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append("participants: \(people.count)")
            for (name, n) in people.prefix(limit) { lines.append("  \(TerminalText.value(name)): \(n)") }
            lines.append("first messages:")
            for m in result.messages.prefix(limit) {
                lines.append("  \(clock.stamp(m.at)) \(TerminalText.value(m.author.name)): \(oneLine(m.text))")
            }
        case .metrics:
            lines.append("series: \(result.series.count), points: \(result.series.reduce(0) { $0 + $1.points.count })")
            lines.append(range(result.series.flatMap { $0.points.map { Timestamp.date(epochMilliseconds: $0.t) } }, clock))
            for s in result.series.prefix(limit) { lines.append("  \(TerminalText.value(s.displayName)): \(s.points.count) points") }
            if !result.annotations.isEmpty { lines.append("annotations: \(result.annotations.count)") }
        case .alerts:
            lines.append("events: \(result.events.count)")
            lines.append(range(result.events.map(\.at), clock))
            for e in result.events.prefix(limit) {
                lines.append("  \(clock.stamp(e.at)) \(e.kind.rawValue): \(oneLine(e.summary))\(e.actor.map { " (\(TerminalText.value($0)))" } ?? "")")
            }
        }
        if !result.skipped.isEmpty {
            lines.append("skipped: \(result.skipped.count)")
            for s in result.skipped.prefix(limit) { lines.append(TerminalText.value("  \(s.location): \(s.reason)")) }
        }
        for note in result.notes { lines.append(TerminalText.value("note: \(note)")) }
        return lines.joined(separator: "\n")
    }

    private static func range(_ dates: [Date], _ clock: ZonedTime) -> String {
        guard let first = dates.min(), let last = dates.max() else { return "time range: (none)" }
        return "time range: \(clock.stamp(first)) to \(clock.stamp(last)) (\(clock.label(at: first)))"
    }

    private static func oneLine(_ text: String) -> String {
        let flat = TerminalText.value(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return flat.count > 100 ? String(flat.prefix(99)) + "…" : flat
    }
}

import Foundation

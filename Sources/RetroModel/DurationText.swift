import Foundation

/// The one way `retro` writes a span of time, in every command and document.
///
/// `short` is for tables, figures and terminal output; `long` is for sentences. Both count whole
/// units and drop the rest, as a clock does: 2 h 5 min 50 s is "2 h 5 min" in both, and a span
/// between two whole-minute times shown as `10:02` and `10:19` is "17 min".
public enum DurationText {
    /// `2 h 5 min`, `17 min`, `45 s`, `3 d 4 h`; a negative span keeps its sign (`−17 min`).
    public static func short(_ seconds: TimeInterval) -> String {
        let parts = split(seconds)
        let text: String
        if parts.days > 0 { text = parts.hours > 0 ? "\(parts.days) d \(parts.hours) h" : "\(parts.days) d" }
        else if parts.hours > 0 { text = parts.minutes > 0 ? "\(parts.hours) h \(parts.minutes) min" : "\(parts.hours) h" }
        else if parts.minutes > 0 { text = "\(parts.minutes) min" }
        else { text = "\(parts.seconds) s" }
        return (parts.negative ? "−" : "") + text
    }

    /// `2 hours 5 minutes`, `1 minute`, `45 seconds`; hours are not folded into days in a sentence.
    public static func long(_ seconds: TimeInterval) -> String {
        let parts = split(seconds)
        func unit(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let hours = parts.days * 24 + parts.hours
        if hours == 0 { return parts.minutes == 0 ? unit(parts.seconds, "second") : unit(parts.minutes, "minute") }
        return parts.minutes == 0 ? unit(hours, "hour") : "\(unit(hours, "hour")) \(unit(parts.minutes, "minute"))"
    }

    private static func split(_ seconds: TimeInterval) -> (negative: Bool, days: Int, hours: Int, minutes: Int, seconds: Int) {
        // Seconds past Int's range are not a span any incident has; clamp rather than trap.
        let magnitude = abs(seconds)
        let total = magnitude.isFinite ? Int(min(magnitude.rounded(), 1e15)) : 0
        return (seconds < 0, total / 86_400, total % 86_400 / 3600, total % 3600 / 60, total % 60)
    }
}

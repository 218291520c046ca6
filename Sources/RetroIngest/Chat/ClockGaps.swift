import Foundation

/// Counts wall-clock times that do not exist in a zone (the hour skipped when clocks move
/// forward), so a text log can say how many of its times were read as shifted.
struct ClockGaps {
    let zone: TimeZone?
    private(set) var count = 0
    private(set) var first: String?

    init(zone: TimeZone?) { self.zone = zone }

    /// Records `at` when it reads back in the zone as another time of day than `seconds` after midnight.
    mutating func check(_ at: Date, secondsOfDay seconds: Int, written: String) {
        guard let zone, seconds < 86_400 else { return }
        let epoch = Int64(at.timeIntervalSince1970.rounded(.down))
        let local = epoch + Int64(zone.secondsFromGMT(for: at))
        guard ((local % 86_400) + 86_400) % 86_400 != Int64(seconds) else { return }
        count += 1
        if first == nil { first = written.replacingOccurrences(of: "T", with: " ") }
    }

    /// The note to add, when any time fell into a gap.
    var note: String? {
        guard count > 0, let zone, let first else { return nil }
        return "\(count) local time(s) do not exist in \(zone.identifier) because the clocks moved forward (first: \(first)); they were read as if the change had not yet happened."
    }
}

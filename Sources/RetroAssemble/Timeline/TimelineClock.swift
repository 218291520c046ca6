import Foundation
import RetroModel

/// Short, zone-explicit times and spans for the sentences of signals and milestones.
enum TimelineClock {
    /// `09:19 UTC`.
    static func time(_ date: Date) -> String {
        let iso = Timestamp.iso(date)
        let start = iso.index(iso.startIndex, offsetBy: 11)
        return String(iso[start..<iso.index(start, offsetBy: 5)]) + " UTC"
    }

    /// `3 minutes`, `1 minute`, `45 seconds`.
    static func span(_ seconds: TimeInterval) -> String {
        let whole = Int(saturating: seconds.rounded())
        if whole < 60 { return whole == 1 ? "1 second" : "\(whole) seconds" }
        let minutes = Int(saturating: (seconds / 60).rounded())
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }

    /// A message's text on one line, shortened to `limit` characters.
    static func excerpt(_ text: String, limit: Int) -> String {
        // Without line breaks (no byte 0x0A–0x0D, no NEL, LS or PS) the split and join change nothing.
        let flat = !text.utf8.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }
        let line = WhitespaceTrim.trimmed(flat ? text : text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return line.count <= limit ? line : String(line.prefix(max(1, limit - 1))) + "…"
    }
}

import Foundation
import RetroModel

/// Short, zone-explicit times and spans for the sentences of signals and milestones.
enum TimelineClock {
    /// `09:19 UTC`, or in `zone` when the document is shown in one (`11:19 Europe/Berlin`).
    static func time(_ date: Date, zone: TimeZone? = nil) -> String {
        guard let zone, zone.identifier != "UTC", zone.identifier != "GMT" else {
            let iso = Timestamp.iso(date)
            let start = iso.index(iso.startIndex, offsetBy: 11)
            return String(iso[start..<iso.index(start, offsetBy: 5)]) + " UTC"
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0, minute = parts.minute ?? 0
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute) \(zone.identifier)"
    }

    /// `3 minutes`, `1 minute`, `45 seconds`, `1 hour 30 minutes`: `DurationText.long`.
    static func span(_ seconds: TimeInterval) -> String { DurationText.long(seconds) }

    /// A message's text on one line, shortened to `limit` characters.
    static func excerpt(_ text: String, limit: Int) -> String {
        // Without line breaks (no byte 0x0A–0x0D, no NEL, LS or PS) the split and join change nothing.
        let flat = !text.utf8.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }
        let line = WhitespaceTrim.trimmed(flat ? text : text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return line.count <= limit ? line : String(line.prefix(max(1, limit - 1))) + "…"
    }
}

import Foundation
import RetroModel

/// Numbers, durations and times as the retrospective prints them: fixed rules, no locale.
public enum FigureFormat {
    /// Four significant digits, trailing zeros dropped: `0.01234`, `37`, `1235`, `2.5e+06` beyond a million.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "+Inf") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e6 || magnitude < 1e-4 { return String(format: "%.3g", locale: nil, value) }
        let digits = max(0, 3 - Int(log10(magnitude).rounded(.down)))
        var text = String(format: "%.\(digits)f", locale: nil, value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `1 h 05 min`, `12 min`, `45 s`.
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(saturating: seconds.rounded())
        if total < 60 { return "\(total) s" }
        let minutes = total / 60
        if minutes < 60 { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) h \(rest < 10 ? "0" : "")\(rest) min"
    }

    /// `2026-03-14 10:19` in the zone, followed by the zone's identifier.
    public static func time(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ v: Int?) -> String { (v ?? 0) < 10 ? "0\(v ?? 0)" : "\(v ?? 0)" }
        return
            "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) \(zone.identifier == "GMT" ? "UTC" : zone.identifier)"
    }
}

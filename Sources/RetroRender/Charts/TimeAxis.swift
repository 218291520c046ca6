import Foundation

/// Time ticks aligned to round local times in a zone, with short English labels (no locale).
struct TimeAxis {
    struct Tick: Equatable {
        var ms: Int64
        var label: String
    }

    static let steps: [Int64] = [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172_800, 259_200,
        604_800, 1_209_600, 2_419_200,
    ].map { $0 * 1000 }
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    var zone: TimeZone

    /// At most `maxTicks` ticks between `start` and `end` (epoch ms).
    func ticks(start: Int64, end: Int64, maxTicks: Int) -> [Tick] {
        guard end > start else { return [Tick(ms: start, label: label(start, step: 60_000, first: true))] }
        let span = end - start
        let step =
            Self.steps.first { span / $0 <= Int64(max(1, maxTicks - 1)) } ?? (span / Int64(max(1, maxTicks - 1)) / 86_400_000 + 1)
            * 86_400_000
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(start) / 1000))) * 1000
        let localStart = start + offset
        var local = Self.ceilDiv(localStart, step) * step
        var ticks: [Tick] = []
        var previousDay: Int64? = nil
        while local - offset <= end, ticks.count <= maxTicks * 2 {
            // Two passes settle the zone's offset at the tick itself, so ticks stay on round local times across DST.
            let guess = local - self.offset(local - offset)
            let ms = local - self.offset(guess)
            let tickOffset = self.offset(ms)
            let day = Self.floorDiv(ms + tickOffset, 86_400_000)
            ticks.append(Tick(ms: ms, label: label(ms, step: step, first: previousDay == nil || previousDay != day)))
            previousDay = day
            local += step
        }
        return ticks
    }

    private func offset(_ ms: Int64) -> Int64 {
        Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(ms) / 1000))) * 1000
    }

    /// `HH:mm`, `HH:mm:ss` for sub-minute steps, with `MMM d` in front on the first tick of each day.
    func label(_ ms: Int64, step: Int64, first: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(ms) / 1000))
        let month = Self.months[((c.month ?? 1) - 1) % 12]
        let day = "\(month) \(c.day ?? 1)"
        let clock =
            step < 60_000
            ? "\(Self.two(c.hour)):\(Self.two(c.minute)):\(Self.two(c.second))"
            : "\(Self.two(c.hour)):\(Self.two(c.minute))"
        if step >= 86_400_000 { return day }
        return first ? "\(day) \(clock)" : clock
    }

    /// `Europe/Berlin` or `UTC`, for axis titles.
    var zoneName: String { zone.identifier == "GMT" ? "UTC" : zone.identifier }

    private static func two(_ value: Int?) -> String {
        let v = value ?? 0
        return v < 10 ? "0\(v)" : "\(v)"
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func ceilDiv(_ a: Int64, _ b: Int64) -> Int64 { -floorDiv(-a, b) }
}

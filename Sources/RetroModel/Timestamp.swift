import Foundation

/// Tolerant parsing and exact formatting of the timestamps found in exports and incident files.
///
/// Accepts `YYYY-MM-DD[T ]hh:mm[:ss[.f{0,9}]][Z|±HH:MM|±HHMM|±HH]` and a bare date. Written by hand
/// because it runs once per message on exports of a million messages, and because Foundation's
/// ISO-8601 parser rejects several of the variants real tools emit.
public enum Timestamp {
    /// Parses an ISO-8601-like time. Times without a zone are read in `zone` (UTC when nil).
    public static func parse(_ text: String, zone: TimeZone? = nil) -> Date? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { bytes.removeLast() }
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        func digits(_ n: Int) -> Int? {
            guard i + n <= bytes.count else { return nil }
            var value = 0
            for k in 0..<n {
                let b = bytes[i + k]
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            i += n
            return value
        }
        func take(_ byte: UInt8) -> Bool {
            if i < bytes.count, bytes[i] == byte { i += 1; return true }
            return false
        }
        guard let year = digits(4), take(0x2D), let month = digits(2), take(0x2D), let day = digits(2) else { return nil }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0
        var nanos: Int64 = 0
        var offset: Int?
        if i < bytes.count, bytes[i] == 0x54 || bytes[i] == 0x74 || bytes[i] == 0x20 {
            i += 1
            guard let h = digits(2), take(0x3A), let m = digits(2) else { return nil }
            hour = h
            minute = m
            if take(0x3A) {
                guard let s = digits(2) else { return nil }
                second = s
                if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x2C {
                    i += 1
                    var count = 0
                    while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                        if count < 9 { nanos = nanos * 10 + Int64(bytes[i] - 0x30) }
                        count += 1
                        i += 1
                    }
                    guard count > 0 else { return nil }
                    for _ in min(count, 9)..<9 { nanos *= 10 }
                }
            }
            guard hour <= 24, minute <= 59, second <= 60 else { return nil }
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            if take(0x5A) || take(0x7A) {
                offset = 0
            } else if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D {
                let sign = bytes[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = digits(2) else { return nil }
                var om = 0
                if take(0x3A) {
                    guard let m = digits(2) else { return nil }
                    om = m
                } else if let m = digits(2) {
                    om = m
                }
                guard oh <= 18, om <= 59 else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard i == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let utcSeconds: Int64
        if let offset {
            utcSeconds = local - Int64(offset)
        } else {
            let tz = zone ?? TimeZone(identifier: "UTC")!
            // Two passes settle the zone offset near a daylight-saving change.
            var guess = local - Int64(tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
            guess = local - Int64(tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
            utcSeconds = guess
        }
        return date(epochMilliseconds: utcSeconds * 1000 + nanos / 1_000_000)
    }

    /// Parses epoch seconds written as a decimal string (`"1736554636.807919"`) exactly to the millisecond.
    public static func parseEpochSeconds(_ text: String) -> Date? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, let seconds = Int64(first) else { return nil }
        var millis: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            let padded = (fraction + "000").prefix(3)
            millis = Int64(padded) ?? 0
        }
        return date(epochMilliseconds: seconds * 1000 + (seconds < 0 ? -millis : millis))
    }

    /// A date from epoch milliseconds, without the rounding a Double product would bring.
    public static func date(epochMilliseconds ms: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(ms) / 1000)
    }

    /// Epoch milliseconds of a date, rounded to the nearest millisecond.
    public static func epochMilliseconds(_ date: Date) -> Int64 {
        Int64(saturating: (date.timeIntervalSince1970 * 1000).rounded())
    }

    /// `2025-01-11T00:17:16.807Z`: UTC, millisecond precision, as the JSON outputs promise.
    public static func iso(_ date: Date) -> String {
        let ms = epochMilliseconds(date)
        let (days, msOfDay) = floorDivMod(ms, 86_400_000)
        let (y, m, d) = civilFromDays(Int(days))
        let h = msOfDay / 3_600_000
        let mi = (msOfDay / 60_000) % 60
        let s = (msOfDay / 1000) % 60
        let f = msOfDay % 1000
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(Int(h), 2)):\(pad(Int(mi), 2)):\(pad(Int(s), 2)).\(pad(Int(f), 3))Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivMod(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        var q = a / b
        var r = a % b
        if r < 0 {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

import Foundation
import RetroModel

/// Slack's `ts` ("1736467200.000004") as a date, read from its bytes.
///
/// The usual shape (up to 15 digits, a dot, digits) is read here without splitting or
/// building strings; anything else goes to `Timestamp.parseEpochSeconds`, whose answer this
/// matches for the usual shape: milliseconds from the first three fraction digits, the rest dropped.
enum SlackTimestamp {
    static func date(_ ts: String) -> Date? {
        var seconds: Int64 = 0
        var millis: Int64 = 0
        var integerDigits = 0
        var fractionDigits = 0
        var inFraction = false
        for byte in ts.utf8 {
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return Timestamp.parseEpochSeconds(ts) }
            let digit = Int64(byte - 0x30)
            if inFraction {
                if fractionDigits < 3 { millis = millis * 10 + digit }
                fractionDigits += 1
            } else {
                seconds = seconds * 10 + digit
                integerDigits += 1
                // Longer numbers (and their overflow) are the general parser's business.
                guard integerDigits <= 15 else { return Timestamp.parseEpochSeconds(ts) }
            }
        }
        guard integerDigits > 0 else { return Timestamp.parseEpochSeconds(ts) }
        for _ in min(fractionDigits, 3)..<3 { millis *= 10 }
        return Timestamp.date(epochMilliseconds: seconds * 1000 + millis)
    }
}

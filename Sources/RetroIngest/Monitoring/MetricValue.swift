import Foundation

/// Reads the numbers monitoring tools write: JSON numbers, numeric strings, `NaN`, `+Inf`, `-Inf`.
enum MetricValue {
    /// A sample value from text; nil when it is not a number.
    static func parse(_ text: Substring) -> Double? {
        // The common case first: a leading digit rules out every spelling below.
        if let first = text.utf8.first, first >= 0x30, first <= 0x39 { return Double(text) }
        switch text {
        case "NaN", "nan", "NAN": return .nan
        case "+Inf", "Inf", "+inf", "inf", "+Infinity", "Infinity", "+INF", "INF": return .infinity
        case "-Inf", "-inf", "-Infinity", "-INF": return -.infinity
        default:
            guard let first = text.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
            return Double(text)
        }
    }

    static func parse(_ text: String) -> Double? { parse(Substring(text)) }

    /// A JSON value as a sample: numbers, numeric strings; `null` is NaN (a gap). Nil for anything else.
    static func json(_ value: Any?) -> Double? {
        switch value {
        case nil, is NSNull: return .nan
        case let string as String: return parse(string)
        case let number as NSNumber:
            if isBoolean(number) { return nil }
            return number.doubleValue
        default: return nil
        }
    }

    /// A JSON number (or numeric string) as epoch milliseconds, given how many milliseconds one unit is.
    static func epochMilliseconds(_ value: Any?, millisecondsPerUnit: Double) -> Int64? {
        let number: Double?
        switch value {
        case let string as String: number = Double(string)
        case let n as NSNumber where !isBoolean(n): number = n.doubleValue
        default: number = nil
        }
        guard let number, number.isFinite else { return nil }
        let ms = (number * millisecondsPerUnit).rounded()
        // Years 1 to 9999, as ISO-8601 times allow: differences between two such times never
        // overflow Int64, so gaps, steps and chart spans need no overflow checks.
        guard ms >= -62_135_596_800_000, ms < 253_402_300_800_000 else { return nil }
        return Int64(ms)
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        #if canImport(Darwin)
            return CFGetTypeID(number) == CFBooleanGetTypeID()
        #else
            return type(of: number) != NSNumber.self && String(describing: type(of: number)).contains("Bool")
        #endif
    }

    /// How a value prints in messages: `NaN`, `+Inf`, or the number.
    static func describe(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let string as String: return string
        case let number as NSNumber: return isBoolean(number) ? (number.boolValue ? "true" : "false") : number.stringValue
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return String(describing: value)
        }
    }
}

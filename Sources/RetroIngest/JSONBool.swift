import Foundation

/// Tells JSON booleans from numbers. On Linux, `NSNumber(1) is Bool` and `NSNumber(0) is Bool` are
/// true, so `is Bool` would take every 0 and 1 in a file for a boolean; booleans are the NSNumbers
/// whose type code is `c`.
enum JSONBool {
    static func isBool(_ value: Any?) -> Bool {
        guard let number = value as? NSNumber else { return value is Bool }
        return String(cString: number.objCType) == "c"
    }
}

/// Byte tests behind `SensitivePatterns.Gate`: each is true whenever its detector could find a
/// span in the text (it may also be true when it cannot), so a false skips the expression. They
/// read UTF-8 with ASCII capitals lowered; where an expression's `\d` matches digits of every
/// script, a byte past ASCII counts as a possible digit.
enum ByteShapes {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLowerHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x61 && byte <= 0x66) }
    static func isLowerLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpperOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) }
    /// An ASCII digit, or a byte of a character past ASCII, which may be a digit of another script.
    static func mayBeDigit(_ byte: UInt8) -> Bool { isDigit(byte) || byte >= 0x80 }

    /// Four dot-separated numbers: a run of (possible) digits and dots holding three dots.
    static func hasDottedRun(in bytes: [UInt8]) -> Bool {
        var dots = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                dots += 1
                if dots >= 3 { return true }
            } else if !mayBeDigit(byte) {
                dots = 0
            }
        }
        return false
    }

    /// An IPv6 address the classifier keeps has eight groups (seven colons) or one `::`, all in
    /// one run of hex digits and colons.
    static func hasIPv6Run(in lowered: [UInt8]) -> Bool {
        var colons = 0
        var previous: UInt8 = 0
        for byte in lowered {
            if byte == UInt8(ascii: ":") {
                colons += 1
                if colons >= 7 || previous == UInt8(ascii: ":") { return true }
            } else if !isLowerHex(byte) {
                colons = 0
            }
            previous = byte
        }
        return false
    }

    /// `first` followed by a (possible) digit.
    static func hasDigit(after first: UInt8, in bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] == first && mayBeDigit(bytes[index + 1]) { return true }
        return false
    }

    /// A `.` or `-` between two (possible) digits: what `hasDigitGroups` asks of a text whose
    /// digits may take several bytes each.
    static func hasDigitsAroundSeparator(in bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".") {
            if mayBeDigit(bytes[index - 1]), mayBeDigit(bytes[index + 1]) { return true }
        }
        return false
    }

    /// Three digits, then `.` or `-`, then a digit (`555-123-4567`), in an ASCII text.
    static func hasDigitGroups(in bytes: [UInt8]) -> Bool {
        guard bytes.count >= 5 else { return false }
        for index in 0...(bytes.count - 5) where bytes[index + 3] == UInt8(ascii: "-") || bytes[index + 3] == UInt8(ascii: ".") {
            if isDigit(bytes[index]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 4]) { return true }
        }
        return false
    }

    /// An `@` with a local-part character (`[a-z0-9._%+-]`, or any byte past ASCII: a local part
    /// may hold letters of any script) before it and a domain character (`[a-z0-9-]`) after it.
    static func hasMailbox(in lowered: [UInt8]) -> Bool {
        guard lowered.count >= 3 else { return false }
        for index in 1..<(lowered.count - 1) where lowered[index] == UInt8(ascii: "@") {
            let before = lowered[index - 1]
            let after = lowered[index + 1]
            let local = isDigit(before) || isLowerLetter(before) || before >= 0x80 || localPunctuation.contains(before)
            if local, isDigit(after) || isLowerLetter(after) || after == UInt8(ascii: "-") { return true }
        }
        return false
    }

    private static let localPunctuation: [UInt8] = Array("._%+-".utf8)

    /// `@` then a letter.
    static func hasHandle(in lowered: [UInt8]) -> Bool {
        guard lowered.count >= 2 else { return false }
        for index in 0..<(lowered.count - 1) where lowered[index] == UInt8(ascii: "@") && isLowerLetter(lowered[index + 1]) { return true }
        return false
    }

    /// Two capitals or digits, `-`, a (possible) digit: the end of a `PAY-1234` key, in the text's own case.
    static func hasTicketShape(in bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 2..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "-") {
            if isUpperOrDigit(bytes[index - 1]), isUpperOrDigit(bytes[index - 2]), mayBeDigit(bytes[index + 1]) { return true }
        }
        return false
    }
}

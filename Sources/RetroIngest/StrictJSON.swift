import Foundation

/// A fast JSON reader for large, well-formed files (Slack day files), producing the same values
/// JSONSerialization does: `[String: Any]`, `[Any]`, `String`, `NSNumber` and `NSNull`.
///
/// It is strict and gives up rather than guess: anything unusual (a syntax error, invalid UTF-8,
/// a lone surrogate, a duplicate key, a BOM, deep nesting) returns nil, and the caller falls back
/// to `ChatJSON.load`, which parses again and reports the error with its line and column.
/// One pass over the bytes; strings without escapes are decoded straight from the buffer.
struct StrictJSON {
    /// Deeper documents go to the slow path, so recursion here stays shallow.
    static let maximumDepth = 256

    /// The parsed document, or nil when the slow path must decide.
    static func parse(_ data: Data) -> Any? {
        data.withUnsafeBytes { raw -> Any? in
            var reader = StrictJSON(bytes: raw.bindMemory(to: UInt8.self))
            reader.skipSpace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == reader.bytes.count ? value : nil
        }
    }

    /// Reads a document that is one array, handing each element to `body` as soon as it is read,
    /// so that it can be used and dropped while its memory is still in cache. Returns false when
    /// the slow path must decide, or when `body` returns false; whatever `body` was handed by then
    /// is to be discarded.
    ///
    /// Members of an element named in `deferring` are checked as strictly as the rest but not
    /// built: the element holds a `DeferredJSON` in their place, which builds the value when asked
    /// (a Slack message's `blocks` and `user_profile`, which the reader seldom needs).
    static func forEachElement(of data: Data, deferring: Set<String> = [], _ body: (Int, Any) -> Bool) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var reader = StrictJSON(bytes: raw.bindMemory(to: UInt8.self))
            if !deferring.isEmpty {
                reader.source = data
                reader.deferring = deferring
            }
            reader.skipSpace()
            guard reader.current == UInt8(ascii: "[") else { return false }
            reader.index += 1
            reader.skipSpace()
            var count = 0
            if reader.current == UInt8(ascii: "]") {
                reader.index += 1
            } else {
                while true {
                    reader.skipSpace()
                    guard let element = reader.value(depth: 1), body(count, element) else { return false }
                    count += 1
                    reader.skipSpace()
                    guard reader.current == UInt8(ascii: ",") else { break }
                    reader.index += 1
                }
                guard reader.current == UInt8(ascii: "]") else { return false }
                reader.index += 1
            }
            reader.skipSpace()
            return reader.index == reader.bytes.count
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Members of the objects being read, innermost last.
    private var members: [(String, Any)] = []
    /// What `forEachElement` defers, and the document the deferred values are read from later.
    private var deferring: Set<String> = []
    private var source: Data?
    /// Keys of the objects being skipped, innermost last.
    private var skippedKeys: [SkippedKey] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value of `range` in `data`, which `skip` has already accepted at `depth`.
    static func parse(_ data: Data, range: Range<Int>, depth: Int) -> Any? {
        data.withUnsafeBytes { raw -> Any? in
            let all = raw.bindMemory(to: UInt8.self)
            guard range.lowerBound >= 0, range.upperBound <= all.count else { return nil }
            var reader = StrictJSON(bytes: UnsafeBufferPointer(rebasing: all[range]))
            guard let value = reader.value(depth: depth), reader.index == reader.bytes.count else { return nil }
            return value
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    private mutating func value(depth: Int) -> Any? {
        guard depth < Self.maximumDepth, let byte = current else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true", NSNumber(value: true))
        case UInt8(ascii: "f"): return literal("false", NSNumber(value: false))
        case UInt8(ascii: "n"): return literal("null", NSNull())
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString, _ value: Any) -> Any? {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return nil }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
        index += count
        return value
    }

    private mutating func object(depth: Int) -> Any? {
        index += 1
        // Members are gathered first (on a stack shared by all objects, so no array per object)
        // so that the dictionary is sized once.
        let base = members.count
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return [String: Any]()
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard current == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpace()
            let element: Any
            if depth == 1, let source, deferring.contains(key) {
                let start = index
                guard skip(depth: depth + 1) else { return nil }
                element = DeferredJSON(data: source, range: start..<index, depth: depth + 1)
            } else {
                guard let value = value(depth: depth + 1) else { return nil }
                element = value
            }
            members.append((key, element))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                var result = [String: Any](minimumCapacity: members.count - base)
                for (key, element) in members[base...] {
                    // A repeated key: which copy wins is the slow path's call.
                    guard result.updateValue(element, forKey: key) == nil else { return nil }
                }
                members.removeSubrange(base...)
                return result
            default: return nil
            }
        }
    }

    private mutating func array(depth: Int) -> Any? {
        index += 1
        var result: [Any] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return result
        }
        while true {
            skipSpace()
            guard let element = value(depth: depth + 1) else { return nil }
            result.append(element)
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return result
            default: return nil
            }
        }
    }

    /// A key of an object being skipped: where its bytes are when it is plain ASCII, else its text.
    private enum SkippedKey {
        case plain(Range<Int>)
        case decoded(String)
    }

    /// Moves past the value at `index`, accepting exactly what `value(depth:)` accepts (the same
    /// grammar, depth, UTF-8, escape, number and duplicate-key checks) without building it.
    private mutating func skip(depth: Int) -> Bool {
        guard depth < Self.maximumDepth, let byte = current else { return false }
        switch byte {
        case UInt8(ascii: "{"): return skipObject(depth: depth)
        case UInt8(ascii: "["): return skipArray(depth: depth)
        case UInt8(ascii: "\""): return skipString() != nil
        case UInt8(ascii: "t"): return literal("true", NSNumber(value: true)) != nil
        case UInt8(ascii: "f"): return literal("false", NSNumber(value: false)) != nil
        case UInt8(ascii: "n"): return literal("null", NSNull()) != nil
        default: return number() != nil
        }
    }

    private mutating func skipObject(depth: Int) -> Bool {
        index += 1
        let base = skippedKeys.count
        defer { skippedKeys.removeSubrange(base...) }
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\""), let key = skipString() else { return false }
            skippedKeys.append(key)
            skipSpace()
            guard current == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            guard skip(depth: depth + 1) else { return false }
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return distinctKeys(from: base)
            default: return false
            }
        }
    }

    /// False when two keys of the object whose keys start at `base` are equal as Swift strings
    /// (as `object` would find when filling its dictionary).
    private func distinctKeys(from base: Int) -> Bool {
        let keys = skippedKeys[base...]
        guard keys.count > 1 else { return true }
        var ranges: [Range<Int>] = []
        if keys.count <= 16 {
            for key in keys {
                guard case .plain(let range) = key else { break }
                ranges.append(range)
            }
        }
        if ranges.count == keys.count {
            // Plain ASCII keys are equal exactly when their bytes are.
            for (offset, range) in ranges.enumerated() {
                for other in ranges[(offset + 1)...] where other.count == range.count {
                    if bytes[range].elementsEqual(bytes[other]) { return false }
                }
            }
            return true
        }
        var seen = Set<String>(minimumCapacity: keys.count)
        for key in keys {
            let text: String
            switch key {
            case .plain(let range): text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            case .decoded(let decoded): text = decoded
            }
            guard seen.insert(text).inserted else { return false }
        }
        return true
    }

    private mutating func skipArray(depth: Int) -> Bool {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard skip(depth: depth + 1) else { return false }
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return true
            default: return false
            }
        }
    }

    /// Moves past the string at `index` (on its opening quote). A plain ASCII run is only
    /// scanned; anything else is decoded by `string()`, which makes the same checks it always does.
    private mutating func skipString() -> SkippedKey? {
        let quote = index
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .plain(start..<(index - 1))
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { break }
            index += 1
        }
        index = quote
        return string().map { .decoded($0) }
    }

    /// A string at `index` (on its opening quote). Plain runs are validated and decoded in one go.
    private mutating func string() -> String? {
        index += 1
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                // ASCII needs no validation, and decoding it cannot repair anything.
                let text = ascii ? String(decoding: run, as: UTF8.self) : String(validating: run, as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        return nil
    }

    /// The rest of a string that holds escapes, from its first content byte `start`.
    private mutating func escapedString(from start: Int) -> String? {
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(validating: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
        }
        return nil
    }

    /// The scalar of a `\uXXXX` escape (after its `\u`), joining a surrogate pair; nil for a lone half.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        guard (0xD800...0xDFFF).contains(high) else { return Unicode.Scalar(high) }
        guard high < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        index += 2
        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { return nil }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// A number in JSON's grammar: an integer becomes an Int (nil when it does not fit), anything else a Double.
    private mutating func number() -> Any? {
        let start = index
        var integral = true
        if current == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { return nil }
        // A leading zero may not be followed by more digits.
        let firstDigit = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
        if bytes[firstDigit] == 0x30, index - firstDigit > 1 { return nil }
        if current == UInt8(ascii: ".") {
            integral = false
            index += 1
            guard digits() > 0 else { return nil }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if integral {
            // Integers past Int64 are stored differently by JSONSerialization: left to it.
            return Int(text).map { NSNumber(value: $0) }
        }
        guard let real = Double(text), real.isFinite else { return nil }
        return NSNumber(value: real)
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = current, byte >= 0x30, byte <= 0x39 { index += 1 }
        return index - start
    }
}

/// A member `StrictJSON.forEachElement` checked but did not build; `value()` builds it.
struct DeferredJSON: @unchecked Sendable {
    let data: Data
    let range: Range<Int>
    let depth: Int

    /// The value, as `StrictJSON.parse` would have built it in place.
    func value() -> Any? { StrictJSON.parse(data, range: range, depth: depth) }

    /// `object[key]`, built when the fast parser deferred it.
    static func member(_ object: [String: Any], _ key: String) -> Any? {
        guard let deferred = object[key] as? DeferredJSON else { return object[key] }
        return deferred.value()
    }
}

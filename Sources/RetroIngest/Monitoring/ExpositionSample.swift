/// One sample line of the Prometheus text or OpenMetrics exposition format, and its parser.
struct ExpositionSample: Equatable {
    var name: String
    var labels: [String: String]
    var value: Double
    /// The trailing timestamp as written (ms for Prometheus text, seconds for OpenMetrics).
    var timestamp: Substring?

    /// Why a line did not parse, and the 1-based column where the problem is.
    struct Failure: Error {
        var column: Int
        var message: String
    }

    /// Parses `name{a="x",b="y"} value [timestamp] [# exemplar]`. `allowExemplar` is OpenMetrics.
    static func parse(_ line: Substring, allowExemplar: Bool) throws(Failure) -> ExpositionSample {
        let chars = Array(line.unicodeScalars)
        var i = 0
        func column() -> Int { i + 1 }
        func skipSpace() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c == ":" || (c.isASCII && c.properties.isAlphabetic) }
        func isNameChar(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) }
        func readName() -> String? {
            guard i < chars.count, isNameStart(chars[i]) else { return nil }
            var s = String.UnicodeScalarView()
            while i < chars.count, isNameChar(chars[i]) { s.append(chars[i]); i += 1 }
            return String(s)
        }
        skipSpace()
        guard let name = readName() else { throw Failure(column: column(), message: "A sample line should start with a metric name") }
        skipSpace()
        var labels: [String: String] = [:]
        if i < chars.count, chars[i] == "{" {
            i += 1
            while true {
                skipSpace()
                if i < chars.count, chars[i] == "}" { i += 1; break }
                guard let key = readName() else { throw Failure(column: column(), message: "Expected a label name or '}'") }
                skipSpace()
                guard i < chars.count, chars[i] == "=" else {
                    throw Failure(column: column(), message: "Expected '=' after label '\(key)'")
                }
                i += 1
                skipSpace()
                guard i < chars.count, chars[i] == "\"" else {
                    throw Failure(column: column(), message: "The value of label '\(key)' should be in double quotes")
                }
                i += 1
                var value = String.UnicodeScalarView()
                var closed = false
                while i < chars.count {
                    let c = chars[i]
                    if c == "\"" { closed = true; i += 1; break }
                    if c == "\\", i + 1 < chars.count {
                        let next = chars[i + 1]
                        switch next {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: value.append(c); value.append(next)
                        }
                        i += 2
                        continue
                    }
                    value.append(c)
                    i += 1
                }
                guard closed else { throw Failure(column: column(), message: "The value of label '\(key)' is not closed with '\"'") }
                guard labels[key] == nil else { throw Failure(column: column(), message: "Label '\(key)' appears twice") }
                labels[key] = String(value)
                skipSpace()
                if i < chars.count, chars[i] == "," { i += 1; continue }
                if i < chars.count, chars[i] == "}" { i += 1; break }
                throw Failure(column: column(), message: "Expected ',' or '}' in the label set")
            }
        }
        skipSpace()
        let rest = String(String.UnicodeScalarView(chars[i...]))
        var tokens = rest.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if allowExemplar, let hash = tokens.firstIndex(of: "#") { tokens = Array(tokens[..<hash]) }
        guard let valueText = tokens.first else { throw Failure(column: column(), message: "The sample '\(name)' has no value") }
        guard let value = MetricValue.parse(valueText) else {
            throw Failure(column: column(), message: "The value '\(valueText)' is not a number")
        }
        guard tokens.count <= 2 else { throw Failure(column: column(), message: "Unexpected text '\(tokens[2])' after the timestamp") }
        return ExpositionSample(name: name, labels: labels, value: value, timestamp: tokens.count == 2 ? tokens[1] : nil)
    }
}

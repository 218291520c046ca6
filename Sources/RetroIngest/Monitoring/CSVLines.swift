/// Splits CSV text into records of fields, with RFC 4180 quoting, CRLF or LF line ends, and the
/// 1-based line where each record starts (a quoted field may span lines).
struct CSVLines {
    struct Record {
        var line: Int
        var fields: [String]
        /// True for a record that is one empty field (a blank line).
        var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
    }

    struct Failure: Error {
        var line: Int
        var message: String
    }

    static func split(_ text: String, delimiter: Character = ",") throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quotedStart = 0
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var atStart = true
        while let c = next() {
            if atStart, c == "\u{FEFF}" { atStart = false; continue }
            atStart = false
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quotedStart = line
            case delimiter:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw Failure(line: quotedStart, message: "A quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}

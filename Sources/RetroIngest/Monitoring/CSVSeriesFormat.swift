import Foundation
import RetroModel

/// Plain CSV time series: a header, then `time,value[,value…]` rows (one series per value column).
///
/// Times are ISO-8601 (`2014-02-14 14:30:00`, with or without a zone) or epoch numbers, whose unit
/// is read from their size (below 1e11 seconds, 1e14 milliseconds, 1e17 microseconds, else
/// nanoseconds). Times without a zone are read in `IngestOptions.zone`, or UTC, and the notes say so.
/// Empty cells are NaN (no value). An optional `sep=;` first line and `;` with decimal commas are read.
struct CSVSeriesFormat: SourceFormat {
    var name: String { "csv" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard input.json == nil, !input.isZip, let text = input.text else { return false }
        let lines = text.prefix(4096).split(whereSeparator: \.isNewline).prefix(3).map(String.init)
        guard let (header, rows) = Self.layout(lines), let first = rows.first else { return false }
        let delimiter = Self.delimiter(header)
        let cells = first.split(separator: delimiter, omittingEmptySubsequences: false).map { Self.unquote(String($0)) }
        let columns = header.split(separator: delimiter, omittingEmptySubsequences: false)
        guard columns.count >= 2, cells.count == columns.count else { return false }
        guard Self.time(cells[0], zone: nil) != nil else { return false }
        // A header naming a time column claims the file even when a value is bad, so the parser
        // can point at that value instead of "format not recognised".
        let firstColumn = Self.unquote(String(columns[0])).lowercased()
        return Self.timeColumnNames.contains(firstColumn)
            || cells.dropFirst().allSatisfy { $0.isEmpty || Self.number($0, delimiter: delimiter) != nil }
    }

    static let timeColumnNames: Set<String> = ["time", "timestamp", "date", "datetime", "ts", "t"]

    private static func layout(_ lines: [String]) -> (String, [String])? {
        var lines = lines
        if let first = lines.first, first.lowercased().hasPrefix("sep=") || first.hasPrefix("\u{FEFF}sep=") { lines.removeFirst() }
        guard let header = lines.first else { return nil }
        return (header, Array(lines.dropFirst()))
    }

    static func delimiter(_ header: String) -> Character {
        header.filter { $0 == ";" }.count > header.filter { $0 == "," }.count ? ";" : ","
    }

    private static func unquote(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") { return String(trimmed.dropFirst().dropLast()) }
        return trimmed
    }

    static func number(_ text: String, delimiter: Character) -> Double? {
        MetricValue.parse(delimiter == ";" ? text.replacingOccurrences(of: ",", with: ".") : text)
    }

    /// Epoch milliseconds, and whether the text named its zone.
    static func time(_ text: String, zone: TimeZone?) -> (ms: Int64, zoned: Bool)? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Double(text) {
            let perUnit: Double = number < 1e11 ? 1000 : number < 1e14 ? 1 : number < 1e17 ? 0.001 : 0.000_001
            return MetricValue.epochMilliseconds(text, millisecondsPerUnit: perUnit).map { ($0, true) }
        }
        guard let date = Timestamp.parse(text, zone: zone) else { return nil }
        let clock = text.dropFirst(10)
        let zoned = clock.contains { $0 == "Z" || $0 == "z" || $0 == "+" } || clock.dropFirst(3).contains("-")
        return (Timestamp.epochMilliseconds(date), zoned)
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        try SeriesCollector.checkLines(of: input.data, path: path)
        var text = input.text ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var skipLines = 0
        if text.lowercased().hasPrefix("sep=") {
            skipLines = 1
        }
        let headerLine = text.split(whereSeparator: \.isNewline).dropFirst(skipLines).first.map(String.init) ?? ""
        let delimiter = Self.delimiter(headerLine)
        let records: [CSVLines.Record]
        do { records = try CSVLines.split(text, delimiter: delimiter) } catch {
            throw InputError(path: path, line: error.line, "\(error.message).", hint: "each row reads time,number[,number…]: fix or delete this row")
        }
        let body = records.dropFirst(skipLines).filter { !$0.isBlank }
        guard let header = body.first else {
            throw InputError(path: path, line: 1, "The CSV file is empty.", hint: "expect a header like 'timestamp,value'")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.count >= 2 else {
            throw InputError(
                path: path, line: header.line, "The header has one column; expected a time column and at least one value column.",
                hint: "write a header like 'timestamp,value'")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        for (c, name) in names.enumerated().dropFirst() {
            collector.declare(name: name.isEmpty ? "value\(c)" : name, labels: [:], source: SourceRef(file: path, line: header.line))
        }
        guard body.count > 1 else {
            throw InputError(
                path: path, line: header.line, "The CSV file has a header but no rows.", hint: "export a time range that holds data")
        }
        var unzoned = 0
        for record in body.dropFirst() {
            guard record.fields.count == names.count else {
                throw InputError(
                    path: path, line: record.line, "The row has \(record.fields.count) cells but the header has \(names.count).", hint: "each row reads time,number[,number…]: fix or delete this row")
            }
            let timeText = record.fields[0].trimmingCharacters(in: .whitespaces)
            guard let (t, zoned) = Self.time(timeText, zone: options.zone) else {
                throw InputError(
                    path: path, line: record.line, column: 1, "The time '\(timeText)' is neither ISO-8601 nor an epoch number.",
                    hint: "write times like 2014-02-14 14:30:00 or 1392388200")
            }
            if !zoned { unzoned += 1 }
            let ref = SourceRef(file: path, line: record.line)
            for c in names.indices.dropFirst() {
                let cell = record.fields[c].trimmingCharacters(in: .whitespaces)
                guard let v = cell.isEmpty ? .nan : Self.number(cell, delimiter: delimiter) else {
                    throw InputError(
                        path: path, line: record.line, column: c + 1, "The value '\(cell)' in column '\(names[c])' is not a number.", hint: "each row reads time,number[,number…]: fix or delete this row")
                }
                try collector.add(name: names[c].isEmpty ? "value\(c)" : names[c], labels: [:], t: t, v: v, source: ref)
            }
        }
        if unzoned > 0 {
            let zone = options.zone?.identifier ?? "UTC"
            result.notes.append(
                "\(unzoned) time\(unzoned == 1 ? "" : "s") carry no zone and were read as \(zone)\(options.zone == nil ? " (pass --tz to choose the zone)" : "")."
            )
        }
        result.series = collector.series
        return result
    }
}

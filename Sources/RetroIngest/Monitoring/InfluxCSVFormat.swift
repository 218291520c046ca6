import Foundation
import RetroModel

/// InfluxDB 2.x annotated CSV (Flux query results): `#datatype`, `#group`, `#default` rows, then a
/// header and rows; a blank line starts a new table block whose schema may differ.
///
/// A series is one (result, table) pair, named `_measurement._field` (or `_field`), labelled with the
/// other group-key columns. Error tables (`error,reference`) are reported as input errors.
struct InfluxCSVFormat: SourceFormat {
    var name: String { "influx-csv" }
    var kind: SourceKind { .metrics }

    private static let notLabels: Set<String> = ["result", "table", "_start", "_stop", "_time", "_value", "_field", "_measurement"]

    func matches(_ input: SourceInput) -> Bool {
        guard input.json == nil, let text = input.text else { return false }
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return start.hasPrefix("#datatype,") || start.hasPrefix("#group,") || start.hasPrefix("#default,")
    }

    /// The value columns of a table and their types: `_value`, or when an aggregate or a pivot
    /// renamed it (`max`, `p99`), every number column outside the group key.
    static func valueColumns(_ columns: [String], annotations: [String: [String]]) -> [(String, String?)] {
        let types = annotations["datatype"] ?? []
        func type(_ c: Int) -> String? { c < types.count ? types[c] : nil }
        if let c = columns.firstIndex(of: "_value") { return [("_value", type(c))] }
        let group = annotations["group"] ?? []
        let numbers: Set<String> = ["double", "long", "unsignedLong"]
        return columns.enumerated().compactMap { c, name in
            guard !name.isEmpty, !notLabels.contains(name), let t = type(c), numbers.contains(t) else { return nil }
            return c < group.count && group[c] == "true" ? nil : (name, t)
        }
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        let records: [CSVLines.Record]
        do { records = try CSVLines.split(input.text ?? "") } catch {
            throw InputError(path: path, line: error.line, "\(error.message).", hint: "save the query result as annotated CSV ('influx query --raw') unchanged")
        }
        guard records.contains(where: { $0.fields.first?.hasPrefix("#") == true }) else {
            throw InputError(
                path: path, line: 1, "The file has no '#datatype', '#group' or '#default' rows, so it is not annotated CSV.",
                hint: "export with annotations, or read a plain CSV with --as csv")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        var annotations: [String: [String]] = [:]
        var header: [String]? = nil
        var usedStop = false
        for record in records {
            if record.isBlank {
                annotations = [:]
                header = nil
                continue
            }
            let first = record.fields[0]
            if first.hasPrefix("#") {
                if header != nil { annotations = [:]; header = nil }
                annotations[String(first.dropFirst())] = record.fields
                continue
            }
            guard let columns = header else {
                header = record.fields
                continue
            }
            var row: [String: String] = [:]
            let defaults = annotations["default"] ?? []
            for (c, name) in columns.enumerated() where !name.isEmpty {
                let cell = c < record.fields.count ? record.fields[c] : ""
                row[name] = cell.isEmpty && c < defaults.count ? defaults[c] : cell
            }
            if columns.contains("error") {
                let reference = row["reference"].flatMap { $0.isEmpty ? nil : " (reference \($0))" } ?? ""
                throw InputError(
                    path: path, line: record.line, "The query returned an error: '\(row["error"] ?? "")'\(reference).",
                    hint: "fix the Flux query and export again")
            }
            let valueColumns = Self.valueColumns(columns, annotations: annotations)
            guard !valueColumns.isEmpty else {
                throw InputError(
                    path: path, line: record.line, "The table has no '_value' column and no other number column outside its group key.",
                    hint: "retro reads tables with '_time' and '_value', or with a number column such as the 'max' an aggregate leaves")
            }
            let timeColumn = row["_time"] != nil ? "_time" : "_stop"
            if timeColumn == "_stop" { usedStop = true }
            guard let timeText = row[timeColumn], let date = Timestamp.parse(timeText) else {
                throw InputError(
                    path: path, line: record.line, "The time '\(row[timeColumn] ?? "")' in '\(timeColumn)' is not an RFC 3339 time.", hint: "save the query result as annotated CSV ('influx query --raw') unchanged")
            }
            var labels: [String: String] = [:]
            let group = annotations["group"] ?? []
            for (c, column) in columns.enumerated() where !Self.notLabels.contains(column) && !column.isEmpty {
                if c < group.count, group[c] == "true" { labels[column] = row[column] }
            }
            if let table = row["table"] { labels["table"] = table }
            if let resultName = row["result"], resultName != "_result", !resultName.isEmpty { labels["result"] = resultName }
            for (column, type) in valueColumns {
                let valueText = row[column] ?? ""
                let value: Double
                switch type {
                case "boolean": value = valueText == "true" ? 1 : 0
                case "string", "base64Binary", "duration":
                    result.skipped.append(Skip(SourceLocation(path: path, line: record.line), "A '\(type ?? "")' value is not a number."))
                    continue
                default:
                    guard let v = valueText.isEmpty ? .nan : MetricValue.parse(valueText) else {
                        throw InputError(path: path, line: record.line, "The value '\(valueText)' in '\(column)' is not a number.", hint: "save the query result as annotated CSV ('influx query --raw') unchanged")
                    }
                    value = v
                }
                let field = column == "_value" ? (row["_field"] ?? "value") : column
                let name = row["_measurement"].map { "\($0).\(field)" } ?? field
                try collector.add(
                    name: name, labels: labels, t: Timestamp.epochMilliseconds(date), v: value, source: SourceRef(file: path, line: record.line)
                )
            }
        }
        if usedStop {
            result.notes.append("Some tables have no '_time' column; their rows were placed at '_stop', the end of the query range.")
        }
        result.series = collector.series
        return result
    }
}

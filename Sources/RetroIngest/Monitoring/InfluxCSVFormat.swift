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
            guard let valueText = row["_value"] else {
                throw InputError(
                    path: path, line: record.line, "The table has no '_value' column.", hint: "retro reads tables with '_time' and '_value'"
                )
            }
            let timeColumn = row["_time"] != nil ? "_time" : "_stop"
            if timeColumn == "_stop" { usedStop = true }
            guard let timeText = row[timeColumn], let date = Timestamp.parse(timeText) else {
                throw InputError(
                    path: path, line: record.line, "The time '\(row[timeColumn] ?? "")' in '\(timeColumn)' is not an RFC 3339 time.", hint: "save the query result as annotated CSV ('influx query --raw') unchanged")
            }
            let type =
                (annotations["datatype"] ?? []).indices.contains(columns.firstIndex(of: "_value") ?? -1)
                ? annotations["datatype"]?[columns.firstIndex(of: "_value") ?? 0] : nil
            let value: Double
            switch type {
            case "boolean": value = valueText == "true" ? 1 : 0
            case "string", "base64Binary", "duration":
                result.skipped.append(Skip(SourceLocation(path: path, line: record.line), "A '\(type ?? "")' value is not a number."))
                continue
            default:
                guard let v = valueText.isEmpty ? .nan : MetricValue.parse(valueText) else {
                    throw InputError(path: path, line: record.line, "The value '\(valueText)' is not a number.", hint: "save the query result as annotated CSV ('influx query --raw') unchanged")
                }
                value = v
            }
            let field = row["_field"] ?? "value"
            let name = row["_measurement"].map { "\($0).\(field)" } ?? field
            var labels: [String: String] = [:]
            let group = annotations["group"] ?? []
            for (c, column) in columns.enumerated() where !Self.notLabels.contains(column) && !column.isEmpty {
                if c < group.count, group[c] == "true" { labels[column] = row[column] }
            }
            if let table = row["table"] { labels["table"] = table }
            if let resultName = row["result"], resultName != "_result", !resultName.isEmpty { labels["result"] = resultName }
            try collector.add(
                name: name, labels: labels, t: Timestamp.epochMilliseconds(date), v: value, source: SourceRef(file: path, line: record.line)
            )
        }
        if usedStop {
            result.notes.append("Some tables have no '_time' column; their rows were placed at '_stop', the end of the query range.")
        }
        result.series = collector.series
        return result
    }
}

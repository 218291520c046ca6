import Foundation
import RetroModel

/// Reads a Prometheus text (0.0.4) or OpenMetrics 1.0 exposition into series.
///
/// A scrape is a single instant: samples without a timestamp are placed at `IngestOptions.scrapeTime`
/// when given, else at the epoch (1970-01-01T00:00:00Z), and the result says so in `notes`.
struct ExpositionParser {
    enum Dialect { case prometheusText, openMetrics }
    var dialect: Dialect
    var format: String

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        let text = input.text ?? ""
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputError(path: path, "The file is empty.", hint: "save the output of a /metrics scrape")
        }
        var result = IngestResult(format: format, kind: .metrics)
        var collector = SeriesCollector()
        var units: [String: String] = [:]
        var untimed = 0
        var sawEOF = false
        let fallback = options.scrapeTime.map(Timestamp.epochMilliseconds) ?? 0
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (n, raw) in lines.enumerated() {
            let lineNumber = n + 1
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if sawEOF {
                throw InputError(
                    path: path, line: lineNumber, "OpenMetrics text continues after '# EOF'.", hint: "the '# EOF' line must be the last one"
                )
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if dialect == .openMetrics {
                    throw InputError(
                        path: path, line: lineNumber, "OpenMetrics does not allow blank lines.",
                        hint: "remove the blank line, or read the file with --as prometheus-text")
                }
                continue
            }
            if trimmed.first == "#" {
                let words = trimmed.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" })
                if words.first == "EOF", words.count == 1 { sawEOF = dialect == .openMetrics; continue }
                if words.first == "UNIT", words.count >= 3 { units[String(words[1])] = String(words[2]) }
                continue
            }
            let sample: ExpositionSample
            do {
                sample = try ExpositionSample.parse(line, allowExemplar: dialect == .openMetrics)
            } catch {
                throw InputError(
                    path: path, line: lineNumber, column: error.column, "\(error.message).",
                    hint: "each sample reads name{label=\"value\"} number [timestamp]")
            }
            let ref = SourceRef(file: path, line: lineNumber)
            let unit = units.first { sample.name == $0.key || sample.name.hasPrefix($0.key + "_") }?.value
            guard let stamp = sample.timestamp else {
                untimed += 1
                try collector.add(name: sample.name, labels: sample.labels, t: fallback, v: sample.value, unit: unit, source: ref)
                continue
            }
            guard let t = milliseconds(stamp) else {
                if Double(stamp) == nil {
                    throw InputError(
                        path: path, line: lineNumber, "The timestamp '\(stamp)' is not a number.",
                        hint: dialect == .openMetrics
                            ? "OpenMetrics timestamps are epoch seconds" : "Prometheus text timestamps are epoch milliseconds")
                }
                result.skipped.append(
                    Skip(
                        SourceLocation(path: path, line: lineNumber),
                        "The timestamp '\(stamp)' is too far from today for a millisecond time (beyond ±292 million years)."))
                continue
            }
            try collector.add(name: sample.name, labels: sample.labels, t: t, v: sample.value, unit: unit, source: ref)
        }
        if dialect == .openMetrics, !sawEOF {
            throw InputError(
                path: path, line: lines.count, "OpenMetrics text must end with a '# EOF' line.",
                hint: "the file may be cut short; or read it with --as prometheus-text")
        }
        if untimed > 0 {
            let at = Timestamp.iso(Timestamp.date(epochMilliseconds: fallback))
            let why = options.scrapeTime == nil ? "no scrape time was given, so they sit at the epoch" : "they sit at the scrape time given"
            result.notes.append(
                "\(untimed) sample\(untimed == 1 ? "" : "s") carry no timestamp: a scrape is a single instant, and \(why) (\(at)).")
        }
        result.series = collector.series
        return result
    }

    /// Prometheus text: integer milliseconds. OpenMetrics: seconds, possibly fractional or with an exponent.
    private func milliseconds(_ stamp: Substring) -> Int64? {
        switch dialect {
        case .prometheusText:
            if let ms = Int64(stamp) { return ms }
            return MetricValue.epochMilliseconds(String(stamp), millisecondsPerUnit: 1)
        case .openMetrics:
            return MetricValue.epochMilliseconds(String(stamp), millisecondsPerUnit: 1000)
        }
    }
}

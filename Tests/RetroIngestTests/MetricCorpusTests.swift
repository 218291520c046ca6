import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// Every file in the shared metrics corpus: parsed with the counts below (checked against the files
/// with python3), or refused with an InputError when it is not a time series or invalid on purpose.
/// Runs only when ../shared/corpus exists beside the package.
@Suite struct MetricCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let folders = ["prometheus-api", "prom-text", "openmetrics", "grafana", "datadog", "cloudwatch", "influx-csv", "csv-timeseries"]
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    enum Expect {
        /// Detected format, series, points, skipped samples, annotations.
        case parsed(String, series: Int, points: Int, skipped: Int = 0, annotations: Int = 0)
        /// Refused by this format (detected, or forced when `detected` is nil) with a message containing the text.
        case refused(String, detected: Bool = true, containing: String)
    }

    static let expectations: [String: Expect] = [
        "grafana_range_auto.result.json": .parsed("prometheus-query-range", series: 1, points: 301),
        "grafana_range_infinity.result.json": .parsed("prometheus-query-range", series: 1, points: 3),
        "grafana_range_missing.result.json": .parsed("prometheus-query-range", series: 1, points: 3),
        "grafana_range_nan.result.json": .parsed("prometheus-query-range", series: 1, points: 3),
        "prom_common_expfmt_text.prom": .parsed("prometheus-text", series: 248, points: 248),
        "prom_common_fuzz_parse_2.prom": .parsed("prometheus-text", series: 4, points: 4),
        "prom_common_fuzz_parse_3.prom": .parsed("prometheus-text", series: 12, points: 12),
        "prom_common_fuzz_parse_4.prom": .parsed("prometheus-text", series: 7, points: 7),
        "om_bad_blank_line.txt": .refused("openmetrics", containing: "blank lines"),
        "om_counter_exemplars.txt": .parsed("openmetrics", series: 1, points: 1),
        "om_duplicate_timestamps_0.txt": .parsed("openmetrics", series: 2, points: 5),
        "om_escaping.txt": .parsed("openmetrics", series: 4, points: 4),
        "om_float_gauge.txt": .parsed("openmetrics", series: 1, points: 1),
        "om_info_timestamps.txt": .parsed("openmetrics", series: 2, points: 2),
        "om_label_escaping.txt": .parsed("openmetrics", series: 10, points: 10),
        "om_labels_and_infinite.txt": .parsed("openmetrics", series: 2, points: 2),
        "om_nan.txt": .parsed("openmetrics", series: 1, points: 1),
        "om_no_metadata.txt": .parsed("openmetrics", series: 1, points: 1),
        "om_roundtrip.txt": .parsed("openmetrics", series: 40, points: 40),
        "om_simple_histogram.txt": .parsed("openmetrics", series: 4, points: 4),
        "om_simple_stateset.txt": .parsed("openmetrics", series: 2, points: 2),
        "om_simple_summary.txt": .parsed("openmetrics", series: 2, points: 2),
        "om_timestamps.txt": .parsed("openmetrics", series: 5, points: 5, skipped: 1),
        "om_untyped.txt": .parsed("openmetrics", series: 2, points: 2),
        "grafana_docs_annotations_find_response.json": .parsed("grafana-annotations", series: 0, points: 0, annotations: 2),
        "grafana_snapshot_create_example_10.4.json": .parsed("grafana-snapshot", series: 1, points: 6),
        "dd_v1_query_timeseries_points.json": .parsed("datadog-query", series: 1, points: 288),
        "dd_v1_get_monitor_details.json": .refused("datadog-query", containing: "monitor definition"),
        "dd_v1_post_event_response.json": .refused("datadog-query", containing: "event (v1)"),
        "dd_v2_incident_details.json": .refused("datadog-query", containing: "incident (v2)"),
        "dd_v2_list_events_paginated.json": .refused("datadog-query", containing: "event list (v2)"),
        "awscli_describe-alarm-history_output1.json": .refused("cloudwatch", detected: false, containing: "alarm history"),
        "awscli_get-metric-data_output1.json": .parsed("cloudwatch", series: 1, points: 1),
        "awscli_get-metric-data_output2.json": .parsed("cloudwatch", series: 1, points: 1),
        "awscli_get-metric-statistics_output1.json": .parsed("cloudwatch", series: 1, points: 23),
        "influx_annotated_export_from_ui.csv": .parsed("influx-csv", series: 2, points: 2),
        "influx_annotated_inf.csv": .parsed("influx-csv", series: 1, points: 12),
        "influx_annotated_multiple_queries.csv": .parsed("influx-csv", series: 4, points: 28),
        "influx_annotated_response_with_error.csv": .refused("influx-csv", containing: "'engine: unknown field type for value: xyz'"),
        "influx_annotated_table_index_not_zero.csv": .parsed("influx-csv", series: 2, points: 14),
        "nab_ec2_cpu_utilization_24ae8d.csv": .parsed("csv", series: 1, points: 4032),
        "nab_ec2_request_latency_system_failure.csv": .parsed("csv", series: 1, points: 4032),
        "nab_labels_combined_windows.json": .refused("nab-labels", containing: "anomaly windows"),
    ]

    static func files() -> [URL] {
        folders.flatMap { folder -> [URL] in
            let dir = corpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasSuffix(".source") && !$0.hasSuffix(".test.json") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    @Test(.enabled(if: available)) func everyCorpusFileIsReadOrRefusedClearly() throws {
        let files = Self.files()
        #expect(files.count == Self.expectations.count)
        for url in files {
            let name = url.lastPathComponent
            guard let expectation = Self.expectations[name] else {
                Issue.record("no expectation for corpus file '\(name)'")
                continue
            }
            let input = try SourceInput(url: url, displayPath: name)
            let detected = MetricFormats.all.first { $0.matches(input) }
            switch expectation {
            case let .parsed(format, series, points, skipped, annotations):
                #expect(detected?.name == format, "\(name)")
                let result = try #require(try detected?.parse(input, options: IngestOptions()), "\(name)")
                #expect(result.series.count == series, "\(name)")
                #expect(result.series.reduce(0) { $0 + $1.points.count } == points, "\(name)")
                #expect(result.skipped.count == skipped, "\(name)")
                #expect(result.annotations.count == annotations, "\(name)")
                for s in result.series {
                    #expect(zip(s.points, s.points.dropFirst()).allSatisfy { $0.t <= $1.t }, "\(name): points sorted")
                }
            case let .refused(format, wasDetected, fragment):
                #expect((detected?.name == format) == wasDetected, "\(name)")
                let parser = try #require(MetricFormats.all.first { $0.name == format })
                do {
                    _ = try parser.parse(input, options: IngestOptions())
                    Issue.record("\(name) should be refused")
                } catch let error as InputError {
                    #expect(error.message.contains(fragment), "\(name): \(error)")
                    #expect(error.location.path == name)
                }
            }
        }
    }

    /// Exposition files: every non-comment line is one sample, placed or counted as skipped.
    @Test(.enabled(if: available)) func expositionSampleCountsMatchTheirLines() throws {
        for url in Self.files() where url.path.contains("/prom-text/") || url.path.contains("/openmetrics/") {
            let name = url.lastPathComponent
            guard !name.hasPrefix("om_bad_") else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let sampleLines = text.split(separator: "\n").filter {
                let line = $0.drop { $0 == " " || $0 == "\t" }
                return !line.isEmpty && !line.hasPrefix("#")
            }.count
            let input = try SourceInput(url: url, displayPath: name)
            let result = try #require(try MetricFormats.all.first { $0.matches(input) }?.parse(input, options: IngestOptions()))
            #expect(result.series.reduce(0) { $0 + $1.points.count } + result.skipped.count == sampleLines, "\(name)")
        }
    }

    @Test(.enabled(if: available)) func spotValuesMatchTheFiles() throws {
        func read(_ folder: String, _ file: String) throws -> IngestResult {
            let input = try SourceInput(url: Self.corpus.appendingPathComponent("\(folder)/\(file)"), displayPath: file)
            return try #require(try MetricFormats.all.first { $0.matches(input) }?.parse(input, options: IngestOptions()))
        }
        let datadog = try read("datadog", "dd_v1_query_timeseries_points.json").series[0].points
        #expect(datadog.first == MetricSeries.Point(t: 1_641_344_100_000, v: 91.4583840476142))
        #expect(datadog.last == MetricSeries.Point(t: 1_641_430_200_000, v: 92.57754687873684))
        let cloudwatch = try read("cloudwatch", "awscli_get-metric-statistics_output1.json").series[0]
        #expect(cloudwatch.displayName == "CPUUtilization{statistic=\"Maximum\"}")
        #expect(cloudwatch.points.first == MetricSeries.Point(t: 1_396_999_080_000, v: 46.88))
        let latency = try read("csv-timeseries", "nab_ec2_request_latency_system_failure.csv")
        #expect(latency.series[0].points.first == MetricSeries.Point(t: 1_394_163_660_000, v: 45.868))
        #expect(latency.series[0].points.map(\.v).max() == 99.24799999999999)
        #expect(latency.notes.first?.contains("read as UTC") == true)
        let nan = try read("prometheus-api", "grafana_range_nan.result.json").series[0]
        #expect(nan.points.allSatisfy { $0.v.isNaN })
        let inf = try read("prometheus-api", "grafana_range_infinity.result.json").series[0]
        #expect(inf.points.allSatisfy { $0.v == .infinity })
        let auto = try read("prometheus-api", "grafana_range_auto.result.json").series[0]
        #expect(auto.points.first == MetricSeries.Point(t: 1_664_376_185_491, v: 0.004754464285714286))
    }
}

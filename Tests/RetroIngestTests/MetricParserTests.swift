import Foundation
import Testing
@testable import RetroIngest
import RetroModel

@Suite struct MetricParserTests {
    @Test(arguments: [
        ("prom_range.json", "prometheus-query-range"),
        ("prom_vector.json", "prometheus-query"),
        ("prom_error.json", "prometheus-query-range"),
        ("scrape.prom", "prometheus-text"),
        ("bad_label.prom", "prometheus-text"),
        ("no_eof.om.txt", "prometheus-text"),
        ("scrape.om.txt", "openmetrics"),
        ("bad_blank.om.txt", "openmetrics"),
        ("grafana_snapshot.json", "grafana-snapshot"),
        ("grafana_annotations.json", "grafana-annotations"),
        ("datadog_query.json", "datadog-query"),
        ("datadog_monitor.json", "datadog-query"),
        ("cloudwatch_data.json", "cloudwatch"),
        ("cloudwatch_stats.json", "cloudwatch"),
        ("influx.csv", "influx-csv"),
        ("influx_error.csv", "influx-csv"),
        ("series.csv", "csv"),
        ("series_semicolon.csv", "csv"),
        ("bad_value.csv", "csv"),
    ])
    func detectsByStructure(file: String, format: String) throws {
        #expect(MetricFixtures.detect(try MetricFixtures.input(file)) == format)
    }

    @Test func prometheusRangeKeepsNaNAndInfinitiesAndSorts() throws {
        let result = try MetricFixtures.parse("prom_range.json")
        #expect(result.series.count == 2)
        let first = result.series[0]
        #expect(first.name == "http_errors_ratio")
        #expect(first.labels == ["job": "api", "path": "/pay<&>\"x\""])
        #expect(
            MetricFixtures.same(
                first.points,
                [
                    (1_700_000_000_000, .nan), (1_700_000_015_500, 0.25), (1_700_000_030_001, .infinity),
                    (1_700_000_045_000, -.infinity), (1_700_000_060_000, 0.0025),
                ]))
        #expect(result.series[1].name == "")
        #expect(MetricFixtures.same(result.series[1].points, [(1_700_000_000_000, 1), (1_700_000_060_000, 2)]))
        #expect(result.notes == ["Prometheus warned: 'query hit the sample limit'."])
    }

    @Test func prometheusVector() throws {
        let result = try MetricFixtures.parse("prom_vector.json")
        #expect(result.format == "prometheus-query")
        #expect(result.series.map(\.displayName) == ["up{instance=\"a:9090\"}", "up{instance=\"b:9090\"}"])
        #expect(MetricFixtures.same(result.series[1].points, [(1_641_889_533_123, 0)]))
    }

    @Test func prometheusErrorQuotesTheMessage() throws {
        let error = MetricFixtures.error { try MetricFixtures.parse("prom_error.json") }
        #expect(error?.message.contains("(bad_data): 'invalid parameter \"query\": 1:5: parse error: unexpected <EOF>'") == true)
        #expect(error?.location.jsonPath == "$")
    }

    @Test func prometheusBadSampleNamesItsJSONPath() throws {
        let error = MetricFixtures.error { try MetricFixtures.parse("prom_bad_sample.json") }
        #expect(error?.location.jsonPath == "$.data.result[0].values[1][1]")
        #expect(error?.message.contains("'oops'") == true)
    }

    @Test func prometheusTextReadsEscapesHistogramsAndUntimedSamples() throws {
        let result = try MetricFixtures.parse("scrape.prom")
        #expect(result.series.count == 9)
        let requests = result.series[0]
        #expect(requests.displayName == "http_requests_total{code=\"200\",method=\"post\"}")
        #expect(MetricFixtures.same(requests.points, [(1_395_066_363_000, 1027)]))
        let msdos = try #require(result.series.first { $0.name == "msdos_file_access_time_seconds" })
        #expect(msdos.labels["path"] == "C:\\DIR\\FILE.TXT")
        #expect(msdos.labels["error"] == "Cannot find file:\n\"FILE.TXT\"")
        #expect(MetricFixtures.same(msdos.points, [(0, 1_458_255_915)]))
        #expect(result.series.first { $0.name == "leading_space_metric" }?.points.first?.v.isNaN == true)
        #expect(result.series.filter { $0.name.hasPrefix("rpc_duration_seconds") }.count == 4)
        #expect(result.series.first { $0.labels["le"] == "+Inf" }?.points.first?.v == 144_320)
        #expect(MetricFixtures.same(result.series.last?.points ?? [], [(1_395_066_364_000, -.infinity)]))
        #expect(result.notes.count == 1)
        #expect(result.notes.first?.hasPrefix("6 samples carry no timestamp") == true)
    }

    @Test func untimedSamplesGoToTheScrapeTimeWhenGiven() throws {
        let scrape = Timestamp.date(epochMilliseconds: 1_700_000_000_000)
        let result = try MetricFixtures.parse("scrape.prom", options: IngestOptions(scrapeTime: scrape))
        let msdos = try #require(result.series.first { $0.name == "msdos_file_access_time_seconds" })
        #expect(msdos.points.first?.t == 1_700_000_000_000)
    }

    @Test func openMetricsTimestampsAreSeconds() throws {
        let result = try MetricFixtures.parse("scrape.om.txt")
        #expect(result.format == "openmetrics")
        #expect(result.series.count == 2)
        #expect(result.series[0].labels == ["foo": "b\"a\nr"])
        #expect(result.series[0].unit == "seconds")
        #expect(MetricFixtures.same(result.series[0].points, [(1_700_000_000_250, 1), (1_700_000_001_500, 2)]))
        #expect(result.series[1].points.first?.v == .infinity)
    }

    @Test(arguments: [
        ("bad_blank.om.txt", nil as String?, 2, nil as Int?, "blank lines"),
        ("no_eof.om.txt", "openmetrics", 2, nil, "'# EOF'"),
        ("bad_label.prom", nil, 3, 9, "Expected ',' or '}'"),
        ("influx_error.csv", nil, 5, nil, "'failed to parse: bad \"thing\"' (reference 897)"),
        ("bad_value.csv", nil, 4, 2, "'x7'"),
    ])
    func malformedTextNamesTheLine(file: String, format: String?, line: Int, column: Int?, fragment: String) throws {
        let error = MetricFixtures.error { try MetricFixtures.parse(file, as: format) }
        #expect(error?.location.path == file)
        #expect(error?.location.line == line)
        #expect(error?.location.column == column)
        #expect(error?.message.contains(fragment) == true, "\(String(describing: error))")
    }

    @Test func grafanaSnapshotReadsNestedPanelsFramesAndLegacySeries() throws {
        let result = try MetricFixtures.parse("grafana_snapshot.json")
        #expect(result.series.count == 4)
        let ratio = result.series[0]
        #expect(ratio.name == "error ratio")
        #expect(ratio.labels == ["service": "pay", "panel": "Error ratio"])
        #expect(ratio.unit == "percentunit")
        #expect(MetricFixtures.same(ratio.points, [(1_700_000_000_000, 0.1), (1_700_000_060_000, .nan), (1_700_000_120_000, 0.5)]))
        #expect(MetricFixtures.same(result.series[1].points, [(1_700_000_000_000, 20), (1_700_000_060_000, 30), (1_700_000_120_000, 10)]))
        let latency = result.series[2]
        #expect(latency.unit == "s")
        #expect(MetricFixtures.same(latency.points, [(1_700_000_000_000, 0.2), (1_700_000_060_000, .nan), (1_700_000_120_000, .infinity)]))
        #expect(MetricFixtures.same(result.series[3].points, [(1_700_000_000_000, .nan), (1_700_000_060_000, 5)]))
        #expect(result.skipped.count == 1)
        #expect(result.annotations.count == 1)
        #expect(result.annotations.first?.text == "deploy 4.18.2 [deploy]")
        #expect(result.annotations.first?.origin == .monitoring)
    }

    @Test func grafanaAnnotationsBecomeMonitoringNotes() throws {
        let result = try MetricFixtures.parse("grafana_annotations.json")
        #expect(result.series.isEmpty)
        #expect(result.annotations.count == 2)
        let first = result.annotations[0]
        #expect(first.kind == .note)
        #expect(first.origin == .monitoring)
        #expect(Timestamp.epochMilliseconds(first.at) == 1_700_000_000_000)
        #expect(first.text == "Rolled back <b>payments</b> (until 2023-11-14T22:15:20.000Z) [rollback]")
        #expect(first.actor == "dana")
        #expect(first.sources == [SourceRef(file: "grafana_annotations.json", index: 1)])
        #expect(result.annotations[1].text == "Alert state changed from 'ok' to 'alerting' for 'Error ratio high'.")
    }

    @Test func datadogQueryReadsFloatMillisecondsAndNulls() throws {
        let result = try MetricFixtures.parse("datadog_query.json")
        let series = try #require(result.series.first)
        #expect(series.name == "system.cpu.idle")
        #expect(series.labels == ["host": "web-1", "env": "prod"])
        #expect(series.unit == "%")
        #expect(MetricFixtures.same(series.points, [(1_623_846_000_000, .nan), (1_623_846_300_000, 91.5), (1_623_846_600_000, 90)]))
    }

    @Test func datadogMonitorIsRefusedWithWhatItIs() throws {
        let error = MetricFixtures.error { try MetricFixtures.parse("datadog_monitor.json") }
        #expect(error?.message == "This is a Datadog monitor definition, not a time series.")
        #expect(error?.hint?.contains("v1 query results") == true)
    }

    @Test func cloudWatchMetricDataIsSortedAndNotesPartialData() throws {
        let result = try MetricFixtures.parse("cloudwatch_data.json")
        let series = try #require(result.series.first)
        #expect(series.displayName == "Latency p99{id=\"m1\"}")
        #expect(MetricFixtures.same(series.points, [(1_727_647_800_000, 1), (1_727_648_100_000, 2.25), (1_727_648_400_000, 3.5)]))
        #expect(result.notes.count == 2)
    }

    @Test func cloudWatchStatisticsBecomeOneSeriesPerStatistic() throws {
        let result = try MetricFixtures.parse("cloudwatch_stats.json")
        #expect(result.series.map(\.displayName) == ["CPUUtilization{statistic=\"Average\"}", "CPUUtilization{statistic=\"Maximum\"}"])
        #expect(result.series[1].unit == "Percent")
        #expect(
            MetricFixtures.same(result.series[1].points, [(1_397_013_480_000, 76.84), (1_397_027_880_000, 50), (1_397_042_280_000, 44.79)]))
    }

    @Test func influxAnnotatedCSVReadsTablesDefaultsAndInfinities() throws {
        let result = try MetricFixtures.parse("influx.csv")
        #expect(
            result.series.map(\.displayName) == [
                "mem.free{table=\"0\"}", "mem.used{table=\"1\"}", "value{host=\"a,b\",result=\"other\",table=\"5\"}",
            ])
        #expect(MetricFixtures.same(result.series[0].points, [(1_609_459_200_123, .infinity), (1_609_459_800_000, 10)]))
        #expect(MetricFixtures.same(result.series[1].points, [(1_609_459_200_000, -.infinity)]))
        #expect(MetricFixtures.same(result.series[2].points, [(1_609_459_500_000, .nan)]))
    }

    @Test func plainCSVReadsZonelessTimesInTheGivenZoneAndSaysSo() throws {
        let utc = try MetricFixtures.parse("series.csv")
        #expect(utc.series.map(\.name) == ["latency", "errors"])
        #expect(
            MetricFixtures.same(utc.series[0].points, [(1_710_406_800_000, 1.5), (1_710_406_860_000, .nan), (1_710_406_920_000, .nan)]))
        #expect(MetricFixtures.same(utc.series[1].points, [(1_710_406_800_000, 0), (1_710_406_860_000, 2), (1_710_406_920_000, 3.25)]))
        #expect(utc.notes == ["3 times carry no zone and were read as UTC (pass --tz to choose the zone)."])
        let berlin = try MetricFixtures.parse("series.csv", options: IngestOptions(zone: TimeZone(identifier: "Europe/Berlin")))
        #expect(berlin.series[0].points.first?.t == 1_710_403_200_000)
        #expect(berlin.notes == ["3 times carry no zone and were read as Europe/Berlin."])
    }

    @Test func plainCSVWithSemicolonsAndEpochMilliseconds() throws {
        let result = try MetricFixtures.parse("series_semicolon.csv")
        #expect(MetricFixtures.same(result.series[0].points, [(1_710_406_800_000, 1.5), (1_710_406_860_000, 2.25)]))
        #expect(result.notes.isEmpty)
    }

    @Test(arguments: [
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[\"x\",\"1\"]]}]}}", "[1,2", "",
        "\u{0}\u{1}garbage",
    ])
    func garbageNeverCrashes(text: String) {
        let input = SourceInput(data: Data(text.utf8), displayPath: "garbage")
        for format in MetricFormats.all {
            _ = format.matches(input)
            #expect(throws: InputError.self) { _ = try format.parse(input, options: IngestOptions()) }
        }
    }
}

/// Flux results whose value column is not `_value`, as `max()` or a pivot leaves them.
@Suite struct InfluxValueColumnTests {
    @Test func anAggregateValueColumnIsRead() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/metrics/influx_aggregate_max.csv")
        let result = try Ingest.read(url, displayPath: "influx_aggregate_max.csv")
        #expect(result.format == "influx-csv")
        #expect(result.series.map(\.name) == ["nginx_upstream_latency.max", "nginx_upstream_latency.max"])
        #expect(result.series.map { $0.labels["host"] } == ["edge-fra-2", "edge-ams-1"])
        #expect(result.series[0].points.map(\.v) == [0.412, 2.873, 3.104])
        #expect(result.series[1].points.count == 2)
        #expect(result.series[1].points[1].v.isNaN)
    }

    @Test func aTableWithNoNumberOutsideTheGroupKeyIsAnError() throws {
        let csv = """
            #group,false,false,true,false
            #datatype,string,long,string,dateTime:RFC3339
            #default,_result,,,
            ,result,table,host,_time
            ,,0,edge-fra-2,2025-05-06T13:10:00Z

            """
        let error = try #require(throws: InputError.self) { try Ingest.read(SourceInput(data: Data(csv.utf8), displayPath: "q.csv")) }
        #expect(error.description.hasPrefix("q.csv:5"))
        #expect(error.message.contains("no '_value' column and no other number column"))
    }
}

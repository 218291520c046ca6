/// Every monitoring-snapshot format retro reads, in detection order (most specific first).
enum MetricFormats {
    static let all: [any SourceFormat] = [
        PrometheusAPIFormat(variant: .range),
        PrometheusAPIFormat(variant: .instant),
        GrafanaSnapshotFormat(),
        GrafanaAnnotationsFormat(),
        DatadogQueryFormat(),
        CloudWatchFormat(),
        NABLabelsFormat(),
        InfluxCSVFormat(),
        OpenMetricsFormat(),
        PrometheusTextFormat(),
        CSVSeriesFormat(),
    ]
}

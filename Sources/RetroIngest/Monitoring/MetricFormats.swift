/// Every monitoring-snapshot format retro reads, in detection order (most specific first).
enum MetricFormats {
    static let all: [any SourceFormat] = []
}

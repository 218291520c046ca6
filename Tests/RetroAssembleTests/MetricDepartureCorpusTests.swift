import Foundation
import Testing
@testable import RetroAssemble
import RetroIngest
import RetroModel

/// Departures on real CloudWatch series from the Numenta Anomaly Benchmark in ../shared/corpus,
/// against the benchmark's own labelled anomaly windows (people labelled them, not retro).
/// Runs only when ../shared/corpus exists beside the package.
@Suite struct MetricDepartureCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/csv-timeseries")
    static var available: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("nab_labels_combined_windows.json").path) }

    /// The labelled windows of one NAB file, as epoch milliseconds; NAB writes them in UTC.
    static func windows(_ key: String) throws -> [(Int64, Int64)] {
        let data = try Data(contentsOf: folder.appendingPathComponent("nab_labels_combined_windows.json"))
        let labels = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String]]])
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSSSSS"
        return try (labels[key] ?? []).map { pair in
            let a = try #require(formatter.date(from: pair[0]))
            let b = try #require(formatter.date(from: pair[1]))
            return (Timestamp.epochMilliseconds(a), Timestamp.epochMilliseconds(b))
        }
    }

    static let files = [
        ("nab_ec2_request_latency_system_failure.csv", "realKnownCause/ec2_request_latency_system_failure.csv"),
        ("nab_ec2_cpu_utilization_24ae8d.csv", "realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv"),
    ]

    /// Anchors every two hours, at least `margin` away from every labelled window.
    static func quietAnchors(_ points: [MetricSeries.Point], windows: [(Int64, Int64)], margin: Int64) -> [Int64] {
        guard let first = points.first?.t, let last = points.last?.t else { return [] }
        return stride(from: first + 6 * 3_600_000, to: last - 3_600_000, by: 2 * 3_600_000).filter { t in
            windows.allSatisfy { t < $0.0 - margin || t > $0.1 + margin }
        }
    }

    @Test("anchored where the benchmark labels the series normal, hardly any departure is found", .enabled(if: available), arguments: files)
    func quietStretches(file: String, key: String) throws {
        let result = try Ingest.read(Self.folder.appendingPathComponent(file))
        let series = try #require(result.series.first)
        let anchors = Self.quietAnchors(series.points, windows: try Self.windows(key), margin: 6 * 3_600_000)
        #expect(anchors.count >= 20)
        let found = anchors.filter { MetricDeparture.find(series, unit: nil, badSide: nil, anchor: Timestamp.date(epochMilliseconds: $0)) != nil }
        #expect(Double(found.count) <= 0.1 * Double(anchors.count), "\(found.count) departures at \(anchors.count) quiet anchors")
    }

    @Test("a labelled one-sample dip is a spike, not a departure", .enabled(if: available))
    func labelledSpike() throws {
        // NAB's first window in this file centres on 2014-03-14 09:06, where one sample reads 30.5 against ~44.
        let result = try Ingest.read(Self.folder.appendingPathComponent("nab_ec2_request_latency_system_failure.csv"))
        let series = try #require(result.series.first)
        let anchor = try #require(series.points.first { $0.v < 31 && $0.v > 30 })
        #expect(MetricDeparture.find(series, unit: nil, badSide: nil, anchor: Timestamp.date(epochMilliseconds: anchor.t + 600_000)) == nil)
    }

    @Test("the band of a real non-negative series never reaches below zero", .enabled(if: available))
    func bandStaysNonNegative() throws {
        let result = try Ingest.read(Self.folder.appendingPathComponent("nab_ec2_cpu_utilization_24ae8d.csv"))
        let points = SeriesAnalyzer.sortedPoints(try #require(result.series.first).points)
        let domain = RobustBand.domain(unit: nil, points: points)
        for start in stride(from: 0, to: points.count - 24, by: 24) {
            let band = try #require(RobustBand.fit(points, from: points[start].t, to: points[start + 24].t, domain: domain, offset: nil))
            #expect(band.range.lowerBound >= 0)
        }
    }
}

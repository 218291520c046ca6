import Foundation
import Testing

/// `RETRO_MAX_METRIC_POINTS`: a metrics file past the limit is refused with a message, early.
@Suite struct MetricPointLimitTests {
    static func run(file: String, contents: String, limit: Int) throws -> RetroBinary.Result {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try contents.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return try RetroBinary.run(["inspect", dir.appendingPathComponent(file).path], environment: ["RETRO_MAX_METRIC_POINTS": "\(limit)"])
    }

    static func csv(rows: Int) -> String {
        "timestamp,value\n" + (0..<rows).map { "\(1_773_478_800 + $0 * 15),0.5\n" }.joined()
    }

    @Test func aCSVWithMoreRowsThanTheLimitIsRefusedBeforeParsing() throws {
        let result = try Self.run(file: "big.csv", contents: Self.csv(rows: 1_500), limit: 1_000)
        #expect(result.status == 2)
        #expect(result.stderr.contains("big.csv: The file has 1501 lines, each at least one point: more than retro reads (1000 points, all series together)."), "\(result.stderr)")
        #expect(result.stderr.contains("RETRO_MAX_METRIC_POINTS=<number>"))
    }

    @Test func pointsOfAllSeriesTogetherCount() throws {
        // Two series of 600 points in one Prometheus response: 1,200 points, 1 line of JSON.
        let values = (0..<600).map { "[\(1_773_478_800 + $0 * 15),\"1\"]" }.joined(separator: ",")
        let json = #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"a"},"values":[\#(values)]},{"metric":{"__name__":"b"},"values":[\#(values)]}]}}"#
        let refused = try Self.run(file: "range.json", contents: json, limit: 1_000)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("range.json: The file holds more than 1000 points (all series together), more than retro reads."), "\(refused.stderr)")
        let read = try Self.run(file: "range.json", contents: json, limit: 1_200)
        #expect(read.status == 0, "\(read.stderr)")
    }

    @Test func aFileAtTheLimitIsRead() throws {
        let result = try Self.run(file: "ok.csv", contents: Self.csv(rows: 1_000), limit: 1_000)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1000"), "\(result.stdout)")
    }
}

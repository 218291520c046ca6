import Foundation
import Testing

/// Metric values and SLO figures past what `Int` holds: `retro build` reports them, never traps.
@Suite struct LargeValueBuildTests {
    /// Writes an incident whose one monitored series holds `value` at every minute of an hour.
    static func incident(value: String, threshold: String, direction: String) throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("metrics"), withIntermediateDirectories: true)
        var csv = "timestamp,container_spec_memory_limit_bytes\n"
        for minute in 0..<60 { csv += "2026-03-14T09:\(minute < 10 ? "0" : "")\(minute):00Z,\(value)\n" }
        try csv.write(to: dir.appendingPathComponent("metrics/limit.csv"), atomically: true, encoding: .utf8)
        let yaml = """
            schema: retro/v1
            id: INC-77
            title: Memory limit reported as unlimited
            severity: SEV3
            window: {started: 2026-03-14T09:10:00Z, detected: 2026-03-14T09:15:00Z, resolved: 2026-03-14T09:50:00Z}
            sources:
              monitoring:
                - path: metrics/limit.csv
                  title: Container memory limit
                  unit: bytes
                  slo: {objective: 0.999, threshold: \(threshold), direction: \(direction)}

            """
        try yaml.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test(arguments: [
        // Kubernetes' "no memory limit", 2^63 − 4096: its mean rounds to 2^63, one past Int.max.
        ("9223372036854771712", "1e308", "above", "9.22e+18 bytes"),
        ("-9223372036854771712", "-1e308", "below", "-9.22e+18 bytes"),
        ("1.7e308", "1e308", "above", "1.7e+308 bytes"),
    ])
    func buildsWithValuesPastIntMax(value: String, threshold: String, direction: String, shown: String) throws {
        let dir = try Self.incident(value: value, threshold: threshold, direction: direction)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["build", dir.appendingPathComponent("incident.yaml").path, "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr.prefix(600))")
        let md = try String(contentsOf: dir.appendingPathComponent("retro-out/retrospective.md"), encoding: .utf8)
        #expect(md.contains("| container_spec_memory_limit_bytes | before | \(shown) |"), "\(md)")
    }
}

extension LargeValueBuildTests {
    /// Point times near ±2^63 ms made the step and gap arithmetic overflow; they are not times.
    @Test func pointTimesPastYear9999AreRefused() throws {
        let dir = try Self.incident(value: "1", threshold: "2", direction: "above")
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up"},"values":[[-8900000000000000,"1"],[-8899999999999999,"1"],[8900000000000000,"2"]]}]}}"#
        try json.write(to: dir.appendingPathComponent("metrics/limit.csv"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["build", dir.appendingPathComponent("incident.yaml").path, "--format", "markdown"])
        #expect(result.status == 2, "\(result.stderr.prefix(600))")
        #expect(result.stderr.contains("$.data.result[0].values[0][0]: The time '-8900000000000000' is not epoch seconds."), "\(result.stderr.prefix(600))")
    }
}

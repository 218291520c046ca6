import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// Damaged JSON inputs: each is refused with an InputError naming the JSON path of the problem.
@Suite struct MetricMalformedJSONTests {
    @Test(arguments: [
        (
            "grafana-snapshot",
            #"{"dashboard":{"panels":[{"title":"A","snapshotData":[{"fields":[{"name":"t","type":"time","values":[1,2]},{"name":"v","type":"number","values":[1]}]}]}]}}"#,
            "$.dashboard.panels[0].snapshotData[0].fields[1].values"
        ),
        (
            "grafana-snapshot",
            #"{"dashboard":{"panels":[{"title":"A","snapshotData":[{"fields":[{"name":"v","type":"number","values":[1]}]}]}]}}"#,
            "$.dashboard.panels[0].snapshotData[0].fields"
        ),
        (
            "cloudwatch",
            #"{"MetricDataResults":[{"Id":"m1","Timestamps":["2024-01-01T00:00:00Z"],"Values":[1,2]}]}"#,
            "$.MetricDataResults[0]"
        ),
        (
            "cloudwatch",
            #"{"Datapoints":[{"Timestamp":"yesterday","Average":1}]}"#,
            "$.Datapoints[0].Timestamp"
        ),
        (
            "cloudwatch",
            #"{"MetricDataResults":[{"Id":"m","Timestamps":["2024-01-01T00:00:00Z"],"Values":[true]}]}"#,
            "$.MetricDataResults[0].Values[0]"
        ),
        (
            "datadog-query",
            #"{"series":[{"metric":"m","pointlist":[[1623846300000,1],[1623846600000]]}]}"#,
            "$.series[0].pointlist[1]"
        ),
        (
            "datadog-query",
            #"{"errors":["Rate limit of 300 requests exceeded"]}"#,
            "$.errors"
        ),
        (
            "grafana-annotations",
            #"[{"time":1700000000000,"text":"ok","dashboardUID":"a"},{"time":"soon","text":"x"}]"#,
            "$[1].time"
        ),
        (
            "prometheus-query",
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000]}]}}"#,
            "$.data.result[0].value"
        ),
    ] as [(String, String, String)])
    func refusedWithJSONPath(format: String, json: String, path: String) throws {
        let input = SourceInput(data: Data(json.utf8), displayPath: "broken.json")
        let parser = try #require(MetricFormats.all.first { $0.name == format })
        // A bare `{"errors": […]}` is too generic to detect; it is read only when the format is forced.
        #expect(parser.matches(input) || path == "$.errors")
        do {
            _ = try parser.parse(input, options: IngestOptions())
            Issue.record("expected an InputError")
        } catch let error as InputError {
            #expect(error.location.path == "broken.json")
            #expect(error.location.jsonPath == path, "\(error)")
        }
    }
}

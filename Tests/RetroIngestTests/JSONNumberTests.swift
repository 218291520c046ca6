import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// JSON numbers 0 and 1 are numbers, not booleans (on Linux `NSNumber(1) is Bool` holds).
@Suite struct JSONNumberTests {
    @Test func zeroAndOneAreReadAsNumbers() throws {
        let list = try #require(try JSONSerialization.jsonObject(with: Data("[0, 1, 2, true, false]".utf8)) as? [Any])
        let nodes = list.map { AlertJSON($0, file: "x.json") }
        #expect(nodes.map(\.int64) == [0, 1, 2, nil, nil])
        #expect(nodes.map(\.string) == ["0", "1", "2", nil, nil])
    }

    /// An alert group of one alert (`alerts_count: 1`) was not recognised while 1 read as a boolean.
    @Test func anAlertGroupWithOneAlertIsRecognised() throws {
        let json = #"{"count": 1, "next": null, "results": [{"id": "I1", "integration_id": "C1", "alerts_count": 1, "state": "acknowledged", "created_at": "2025-06-03T14:02:11Z", "acknowledged_at": "2025-06-03T14:03:00Z", "title": "x"}]}"#
        let result = try AlertFixture.read(json: json)
        #expect(result.format == "grafana-oncall")
        #expect(result.events.map(\.kind) == [.triggered, .acknowledged])
    }
}

import Foundation
import RetroIngest
import RetroModel
import Testing

@Suite("Alertmanager")
struct AlertmanagerTests {
    @Test("repeated notifications are read once, and say so")
    func deduplicates() throws {
        let result = try AlertFixture.read("alertmanager-repeats.json")
        let firing = result.events.filter { $0.alertKey == "aaa111" && $0.kind == .triggered }
        #expect(firing.count == 1)
        #expect(result.notes.contains { $0.hasPrefix("2 repeated notifications") })
    }

    @Test("endsAt of a firing alert is never a resolve time")
    func endsAtWhileFiring() throws {
        let result = try AlertFixture.read("alertmanager-repeats.json")
        // bbb222 fires in two notifications with a future endsAt, never resolved.
        #expect(!result.events.contains { $0.alertKey == "bbb222" && $0.kind == .resolved })
        let resolves = result.events.filter { $0.alertKey == "aaa111" && $0.kind == .resolved }
        #expect(resolves.map { Timestamp.epochMilliseconds($0.at) } == [1_773_486_420_999])
    }

    @Test("the same alert firing again with a new startsAt is a new trigger")
    func refire() throws {
        let json = """
            {"version":"4","groupKey":"g","status":"firing","alerts":[
              {"status":"firing","fingerprint":"f1","labels":{"alertname":"A"},"startsAt":"2026-03-14T09:00:00Z","endsAt":"0001-01-01T00:00:00Z"},
              {"status":"firing","fingerprint":"f1","labels":{"alertname":"A"},"startsAt":"2026-03-14T09:30:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.events.map(\.kind) == [.triggered, .triggered])
        #expect(result.notes.isEmpty)
    }

    @Test("old payloads without fingerprints are identified by their labels")
    func labelIdentity() throws {
        let result = try AlertFixture.read("alertmanager-repeats.json")
        #expect(result.events.first?.alertKey == "{alertname=DiskFull,instance=db1}")
    }

    @Test("a resolved alert with the zero end time is skipped, not placed at year 1")
    func zeroEnd() throws {
        let json = """
            {"version":"4","groupKey":"g","status":"resolved","alerts":[
              {"status":"resolved","labels":{"alertname":"A"},"startsAt":"2026-03-14T09:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.events.map(\.kind) == [.triggered])
        #expect(result.skipped.first?.location.jsonPath == "$.alerts[0].endsAt")
    }
}

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
        let repeats = result.skipped.filter { $0.reason.hasPrefix("a repeated notification") }
        #expect(repeats.map(\.location.jsonPath) == ["$[1].alerts[0]", "$[2].alerts[1]"])
        #expect(repeats[0].reason.contains("first read at $[0].alerts[0]"))
    }

    /// Two alerts that share a fingerprint and a start but differ in a label are two alerts: the
    /// earlier reader kept one of them and lost the other's trigger and resolve without a word.
    @Test("alerts are told apart by their full label set, not by fingerprint and start alone")
    func fullLabelIdentity() throws {
        let json = """
            {"version":"4","groupKey":"{}/{severity=\\"page\\"}:{alertname=\\"NodeFilesystemAlmostOutOfSpace\\"}","status":"firing","receiver":"oncall-pager",
             "groupLabels":{"alertname":"NodeFilesystemAlmostOutOfSpace"},"commonLabels":{"alertname":"NodeFilesystemAlmostOutOfSpace","severity":"page"},
             "externalURL":"http://alertmanager.monitoring:9093","truncatedAlerts":0,
             "alerts":[
              {"status":"firing","labels":{"alertname":"NodeFilesystemAlmostOutOfSpace","instance":"ceph-osd-04:9100","mountpoint":"/var/lib/ceph","severity":"page"},
               "annotations":{"summary":"Filesystem has less than 5% space left."},"startsAt":"2025-11-02T03:14:07.118Z","endsAt":"0001-01-01T00:00:00Z",
               "generatorURL":"http://prometheus.monitoring:9090/graph?g0.expr=node_filesystem_avail_bytes","fingerprint":"5f3a9c1b2e7d4a60"},
              {"status":"resolved","labels":{"alertname":"NodeFilesystemAlmostOutOfSpace","instance":"ceph-osd-07:9100","mountpoint":"/var/lib/ceph","severity":"page"},
               "annotations":{"summary":"Filesystem has less than 5% space left."},"startsAt":"2025-11-02T03:14:07.118Z","endsAt":"2025-11-02T03:52:37.118Z",
               "generatorURL":"http://prometheus.monitoring:9090/graph?g0.expr=node_filesystem_avail_bytes","fingerprint":"5f3a9c1b2e7d4a60"}]}
            """
        let result = try AlertFixture.read(json: json)
        #expect(result.events.map(\.kind) == [.triggered, .triggered, .resolved])
        #expect(result.skipped.isEmpty)
        let keys = Set(result.events.map { $0.alertKey ?? "" })
        #expect(keys.count == 2)
        #expect(keys.allSatisfy { $0.contains("instance=ceph-osd-0") })
    }

    @Test("a payload in which no alert can be placed in time is an error")
    func nothingReadable() throws {
        let json = """
            {"version":"4","groupKey":"g","status":"resolved","alerts":[]}
            """
        #expect(throws: InputError.self) { try AlertFixture.read(json: json) }
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

    @Test("Grafana-managed alerting payloads are read the same way, with Grafana as the actor")
    func grafana() throws {
        let json = """
            {"receiver":"r","status":"resolved","orgId":1,"title":"[RESOLVED] HighLatency","state":"ok","version":"1","groupKey":"{}:{}",
             "alerts":[{"status":"resolved","labels":{"alertname":"HighLatency"},"annotations":{"summary":"p99 above 2s"},
                        "startsAt":"2026-03-14T10:19:00+01:00","endsAt":"2026-03-14T10:49:30.25+01:00","fingerprint":"g1","values":{"B":2.4}}]}
            """
        let result = try AlertFixture.read(json: json)
        // 10:19:00+01:00 and 10:49:30.25+01:00.
        let expected: [AlertFixture.Pair] = [
            AlertFixture.Pair(ms: 1_773_479_940_000, kind: .triggered), AlertFixture.Pair(ms: 1_773_481_770_250, kind: .resolved),
        ]
        #expect(AlertFixture.timeline(result) == expected)
        #expect(result.events.allSatisfy { $0.actor == "Grafana" })
        #expect(result.events.first?.summary == "Firing: HighLatency: p99 above 2s")
    }
}

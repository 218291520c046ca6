import Foundation
import RetroModel
import Testing

@testable import RetroAssemble

/// What a factor's evidence entry cites: a panel by title or series, an event by time, text, or both.
@Suite struct EvidenceResolverTests {
    static func at(_ text: String) -> Date { Timestamp.parse(text)! }
    static let zone = TimeZone(identifier: "Europe/Berlin")!

    static let events = [
        TimelineEvent(at: at("2026-03-14T09:19:00Z"), kind: .detection, text: "Alert 'CheckoutErrorRatioHigh' pages the on-call.", origin: .alert),
        TimelineEvent(at: at("2026-03-14T10:18:00Z"), kind: .note, text: "Pool at 64 of 64 connections."),
        TimelineEvent(at: at("2026-03-14T10:18:00Z"), kind: .breakthrough, text: "Connection-pool wait time at its 5 s limit; 64 of 64 connections in use.", key: true),
    ]

    static var panels: [MonitoringContext.Panel] {
        let series = MetricSeries(name: "checkout_error_ratio", points: [], source: SourceRef(file: "m.json"))
        return [MonitoringContext.Panel(title: "EU card checkout error ratio", unit: nil, path: "m.json", series: [series], analyses: [], slo: nil)]
    }

    @Test(arguments: [
        ("EU card checkout error ratio", Evidence.Target.panel(0)),
        ("eu card checkout error ratio.", .panel(0)),
        ("Checkout error ratio", .panel(0)),
        ("checkout_error_ratio", .panel(0)),
        ("11:18", .event(2)),
        ("11:18 pool at 64 of 64", .event(1)),
        ("2026-03-14T10:18:00Z", .event(2)),
        ("64 of 64 connections", .event(2)),
        ("CheckoutErrorRatioHigh", .event(0)),
        ("10:18", .unresolved),
        ("12:00 pool at 64 of 64", .unresolved),
        ("The processor status page", .unresolved),
        ("  ", .unresolved),
    ])
    func resolves(text: String, expected: Evidence.Target) {
        #expect(EvidenceResolver.target(text, events: Self.events, panels: Self.panels, zone: Self.zone) == expected)
    }

    @Test func assemblerResolvesEveryFactorsEvidence() {
        var incident = Incident(id: "I", title: "T", severity: "SEV2")
        incident.timezone = "Europe/Berlin"
        incident.timeline = Self.events
        var factor = ContributingFactor(id: "CF1", category: .technical, title: "Pool")
        factor.evidence = ["64 of 64 connections", "nowhere"]
        incident.contributingFactors = [factor, ContributingFactor(id: "CF2", category: .process, title: "No evidence")]
        let retro = Assembler.assemble(incident)
        let found = retro.factors.evidence["CF1"] ?? []
        #expect(found.map(\.text) == ["64 of 64 connections", "nowhere"])
        #expect(found.last?.target == .unresolved)
        if case .event(let i) = found.first?.target { #expect(retro.timeline.events[i].key) } else { Issue.record("expected an event") }
        #expect(retro.factors.evidence["CF2"] == nil)
    }
}

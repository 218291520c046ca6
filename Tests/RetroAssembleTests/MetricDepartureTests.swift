import Foundation
import Testing
@testable import RetroAssemble
import RetroModel

/// Departures from a robust baseline on synthetic series whose true onset is known by construction.
@Suite("Metric departure and robust band")
struct MetricDepartureTests {
    /// 2026-03-14T00:00:00Z.
    static let midnight: Int64 = 1_773_446_400_000

    static func at(minute: Int) -> Date { Timestamp.date(epochMilliseconds: midnight + Int64(minute) * 60_000) }

    /// One point a minute for `minutes` minutes from midnight, value from the closure; a fixed LCG for noise.
    static func series(minutes: Int, unit: String? = nil, _ value: (Int, Double) -> Double) -> MetricSeries {
        var state: UInt64 = 42
        var points: [MetricSeries.Point] = []
        for m in 0..<minutes {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let noise = Double(state >> 33) / Double(1 << 31) - 0.5  // uniform in [-0.5, 0.5)
            points.append(.init(t: midnight + Int64(m) * 60_000, v: value(m, noise)))
        }
        return MetricSeries(name: "s", points: points, unit: unit, source: SourceRef(file: "m.json"))
    }

    func departure(_ s: MetricSeries, anchor minute: Int, badSide: Int? = nil) -> MetricDeparture.Finding? {
        MetricDeparture.find(s, unit: s.unit, badSide: badSide, anchor: Self.at(minute: minute))
    }

    func minute(_ date: Date?) -> Int? {
        date.map { Int((Timestamp.epochMilliseconds($0) - Self.midnight) / 60_000) }
    }

    @Test("a step is found where it steps, and its return where it returns")
    func step() throws {
        let s = Self.series(minutes: 600) { m, n in (m >= 300 && m < 360 ? 400 : 200) + 10 * n }
        let found = try #require(departure(s, anchor: 325))
        #expect(minute(found.departedAt) == 300)
        #expect(minute(found.returnedAt) == 360)
    }

    @Test("a ramp is dated to where it starts, not where it leaves the band")
    func ramp() throws {
        // From minute 300 the value climbs by 1 a minute over a noise of ±5: it leaves a ±4 MAD band ~10 minutes later.
        let s = Self.series(minutes: 600) { m, n in 100 + 10 * n + (m >= 300 ? Double(m - 300) : 0) }
        let found = try #require(departure(s, anchor: 340))
        let onset = try #require(minute(found.departedAt))
        #expect(abs(onset - 300) <= 3, "onset \(onset)")
    }

    @Test("a lone spike is not a departure; a spike beside a step does not move it")
    func spike() throws {
        let spiky = Self.series(minutes: 600) { m, n in (m == 290 || m == 200 ? 900 : 200) + 10 * n }
        #expect(departure(spiky, anchor: 320) == nil)
        let stepped = Self.series(minutes: 600) { m, n in (m == 280 ? 900 : m >= 300 ? 400 : 200) + 10 * n }
        #expect(minute(departure(stepped, anchor: 320)?.departedAt) == 300)
    }

    @Test("a morning ramp is normal against the day before; the incident on top of it is not")
    func dailyPattern() throws {
        // Two days of traffic that doubles every morning; on day two it drops by half at 09:00.
        let daily = { (m: Int) -> Double in 1000 + 800 * sin(Double(m % 1440) / 1440 * 2 * .pi - .pi / 2) }
        let quiet = Self.series(minutes: 2 * 1440) { m, n in daily(m) + 20 * n }
        #expect(departure(quiet, anchor: 1440 + 9 * 60) == nil)
        let dropped = Self.series(minutes: 2 * 1440) { m, n in daily(m) * (m >= 1440 + 540 ? 0.5 : 1) + 20 * n }
        let found = try #require(departure(dropped, anchor: 1440 + 560))
        #expect(minute(found.departedAt) == 1440 + 540)
        #expect(found.band.offset == 86_400)
    }

    @Test("NaN samples and a gap before the step neither start nor hide it")
    func gapsAndNaN() throws {
        var s = Self.series(minutes: 600) { m, n in (m >= 300 ? 400 : 200) + 10 * n }
        s.points = s.points.filter { !(240..<270).contains(($0.t - Self.midnight) / 60_000) }
        for i in s.points.indices where (280..<284).contains((s.points[i].t - Self.midnight) / 60_000) { s.points[i].v = .nan }
        #expect(minute(departure(s, anchor: 320)?.departedAt) == 300)
        let allNaN = Self.series(minutes: 600) { _, _ in .nan }
        #expect(departure(allNaN, anchor: 320) == nil)
    }

    @Test("a degradation that began inside the first baseline moves the baseline back")
    func pollutedBaseline() throws {
        // Anchor 90 minutes after the step: the first baseline (two hours ending 15 minutes before it) holds 75 bad minutes.
        let s = Self.series(minutes: 600) { m, n in (m >= 300 ? 400 : 200) + 10 * n }
        #expect(minute(departure(s, anchor: 390)?.departedAt) == 300)
    }

    @Test("only the bad side counts when the SLO says which side is bad")
    func badSide() {
        let s = Self.series(minutes: 600) { m, n in (m >= 300 ? 100 : 200) + 10 * n }
        #expect(departure(s, anchor: 320, badSide: 1) == nil)
        #expect(minute(departure(s, anchor: 320, badSide: -1)?.departedAt) == 300)
    }

    @Test("bands stay inside the metric's domain", arguments: [
        ("ratio", 0.0, 1.0), ("%", 0.0, 100.0), ("ms", 0.0, Double.greatestFiniteMagnitude),
    ])
    func domain(unit: String, low: Double, high: Double) throws {
        // An error ratio near zero with a wide spread: mean ± 3σ would reach below zero.
        let s = Self.series(minutes: 300, unit: unit) { _, n in max(0, 0.002 + 0.004 * n) }
        let band = try #require(RobustBand.fit(
            s.points, from: s.points[0].t, to: s.points[299].t + 1, domain: RobustBand.domain(unit: unit, points: s.points), offset: nil))
        #expect(band.range.lowerBound >= low)
        #expect(band.range.upperBound <= high)
    }

    @Test("a ratio near 1 keeps a narrow band: a fall from 97% to 95% leaves it")
    func ratioNearOne() throws {
        let s = Self.series(minutes: 600, unit: "ratio") { m, n in (m >= 300 ? 0.95 : 0.972) + 0.002 * n }
        #expect(minute(departure(s, anchor: 320, badSide: -1)?.departedAt) == 300)
    }

    @Test("a lasting SLO breach is found; a single bad sample is not")
    func sloBreach() throws {
        var slo = SLO(objective: 0.999, threshold: 0.01)
        slo.direction = .above
        let single = Self.series(minutes: 600) { m, _ in m == 250 ? 0.05 : 0.001 }
        #expect(MetricDeparture.firstBreach(single, slo: slo, anchor: Self.at(minute: 320)) == nil)
        let lasting = Self.series(minutes: 600) { m, _ in m >= 305 ? 0.05 : 0.001 }
        #expect(minute(MetricDeparture.firstBreach(lasting, slo: slo, anchor: Self.at(minute: 320))?.at) == 305)
    }
}

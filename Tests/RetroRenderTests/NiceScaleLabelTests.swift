import Foundation
import Testing
@testable import RetroRender

/// Tick labels stay short and readable whatever the values: huge, tiny, negative or constant.
@Suite struct NiceScaleLabelTests {
    /// A label read back as a number: SI suffixes (k, M, G, T) and exponents as written.
    static func value(of label: String) -> Double? {
        let suffixes: [Character: Double] = ["k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12]
        if let last = label.last, let factor = suffixes[last] { return Double(label.dropLast()).map { $0 * factor } }
        return Double(label)
    }

    /// Every property a reader relies on: at least two ticks, each label at most 10 characters,
    /// labels all different, in the order of the ticks, and each naming its tick to within a step.
    static func check(_ scale: NiceScale, _ what: String) {
        let labels = scale.ticks.map(scale.label)
        #expect(scale.ticks.count >= 2 && scale.ticks.count <= 12, "\(what): ticks \(scale.ticks)")
        #expect(labels.allSatisfy { $0.count <= 10 }, "\(what): \(labels)")
        #expect(Set(labels).count == labels.count, "\(what): repeated labels \(labels)")
        #expect(labels.allSatisfy { !$0.contains("Inf") && !$0.contains("NaN") && !$0.contains("+") }, "\(what): \(labels)")
        let values = labels.map(value)
        #expect(values.allSatisfy { $0 != nil }, "\(what): unreadable label in \(labels)")
        let read = values.compactMap { $0 }
        #expect(zip(read, read.dropFirst()).allSatisfy { $0 < $1 }, "\(what): labels out of order \(labels)")
        for (tick, shown) in zip(scale.ticks, read) where tick.isFinite && scale.step.isFinite {
            // Labels are rounded to the step's precision; the tick lies within half a step of its label.
            #expect(abs(shown - tick) <= scale.step * 0.51 + abs(tick) * 1e-9, "\(what): \(tick) shown in \(labels)")
        }
    }

    /// The case users hit: a series near the largest Double printed labels like `1.4999999999999997e+296T`.
    @Test(arguments: [
        (1.4e296, 1.6e296), (-1.7e308, 1.7e308), (0, 1.7e308), (1.79e308, 1.79e308), (-Double.greatestFiniteMagnitude, -1e307),
        (1e-300, 3e-300), (-5e-310, 5e-310), (0, 4.9e-324), (42, 42), (-0.0042, -0.0042), (0, 0), (1e15, 1.0000000001e15),
        (123_456_789, 123_456_790), (-2.5e-7, 7.5e-7), (0.5, 1.7), (0, 2_400_000),
    ] as [(Double, Double)])
    func extremeRanges(_ range: (Double, Double)) {
        Self.check(NiceScale(min: range.0, max: range.1), "\(range)")
        Self.check(NiceScale(min: range.0, max: range.1, count: 3), "\(range), 3 ticks")
    }

    /// Random finite ranges over every magnitude and sign, constant series among them; seeded, so a
    /// failure is reproducible from the printed range.
    @Test func randomRanges() {
        var random = SplitMix64(seed: 0x5EED_0F_7E5)
        for _ in 0..<4000 {
            let a = Self.randomFinite(&random)
            let b: Double
            switch random.next() % 4 {
            case 0: b = a  // constant
            case 1: b = a + Self.randomFinite(&random) * 1e-6  // narrow, often relatively tiny
            default: b = Self.randomFinite(&random)
            }
            guard b.isFinite else { continue }
            let count = [3, 5, 6][Int(random.next() % 3)]
            Self.check(NiceScale(min: Swift.min(a, b), max: Swift.max(a, b), count: count), "\(a)...\(b), \(count) ticks")
        }
    }

    /// A sign, a mantissa and an exponent from the whole range of finite doubles, subnormals included.
    static func randomFinite(_ random: inout SplitMix64) -> Double {
        let exponent = Int(random.next() % 633) - 324
        let mantissa = Double(random.next() % 1_000_000) / 100_000
        let value = mantissa * pow(10, Double(exponent))
        let signed = random.next() % 2 == 0 ? value : -value
        return signed.isFinite ? signed : (signed < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude)
    }
}

/// A small seeded generator (SplitMix64) so random tests repeat.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

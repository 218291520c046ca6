import Foundation
import RetroAssemble
import RetroModel
import Testing

/// Conversions from Double that used to trap on values from input.
@Suite struct SaturatingConversionTests {
    @Test(arguments: [
        (9_223_372_036_854_775_808.0, Int.max),  // 2^63, one past Int.max
        (9_223_372_036_854_771_712.0, 9_223_372_036_854_771_712),  // Kubernetes' "no limit": exact
        (1e308, Int.max), (-1e308, Int.min), (.infinity, Int.max), (-.infinity, Int.min), (.nan, 0),
        (9_223_372_036_854_774_784.0, 9_223_372_036_854_774_784),  // the largest Double below 2^63 is exact
        (-2.9, -2), (41.7, 41),
    ])
    func saturates(value: Double, expected: Int) {
        #expect(Int(saturating: value) == expected)
    }

    /// `period_days: 1e300` gives an error budget of about 1e305 seconds.
    @Test func durationsOfAnyLengthFormat() {
        // Capped where a duration stops meaning anything, but still a figure, not a trap.
        #expect(FigureFormat.duration(1e305).hasSuffix(" d 1 h"))
        #expect(FigureFormat.duration(.nan) == "0 s")
        #expect(FigureFormat.duration(3_900) == "1 h 5 min")
    }

    @Test func epochMillisecondsOfAFarDateSaturates() {
        #expect(Timestamp.epochMilliseconds(Date(timeIntervalSince1970: 1e300)) == Int64.max)
        #expect(Timestamp.epochMilliseconds(Date(timeIntervalSince1970: 1.5)) == 1_500)
    }
}

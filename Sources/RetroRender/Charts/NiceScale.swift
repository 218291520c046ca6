/// A linear value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) and short labels.
struct NiceScale: Equatable {
    var low: Double
    var high: Double
    var step: Double
    var ticks: [Double]

    /// Covers `min...max` with about `count` ticks. A flat or empty range is widened around its value.
    init(min rawMin: Double, max rawMax: Double, count: Int = 5) {
        var lo = rawMin.isFinite ? rawMin : 0
        var hi = rawMax.isFinite ? rawMax : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * Swift.max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        // A range wider than the largest Double (±1.7e308 at both ends) overflows to infinity:
        // it gets the largest nice step, and the ends are kept finite.
        let raw = (hi - lo) / Double(Swift.max(1, count - 1))
        let step = raw.isFinite ? NiceScale.niceStep(raw) : 1e308
        let largest = Double.greatestFiniteMagnitude
        let low = Swift.max(-largest, (lo / step).rounded(.down) * step)
        let high = Swift.min(largest, (hi / step).rounded(.up) * step)
        var ticks: [Double] = []
        var k = 0
        while true {
            let t = low + Double(k) * step
            if !t.isFinite || t > high + step * 1e-9 || k > 100 { break }
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            k += 1
        }
        self.low = low
        self.high = high
        self.step = step
        self.ticks = ticks
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while raw / power >= 10 { power *= 10 }
        while raw / power < 1 { power /= 10 }
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// A tick label: SI suffix (k, M, G, T) for large values, and as many decimals as the step needs.
    func label(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = Swift.max(abs(low), abs(high))
        var divisor = 1.0
        var suffix = ""
        if magnitude >= 10_000 {
            for (d, s) in [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")] where magnitude >= d {
                divisor = d
                suffix = s
                break
            }
        }
        let scaledStep = step / divisor
        var decimals = 0
        var probe = scaledStep
        while decimals < 9, abs(probe - probe.rounded()) > 1e-9 * Swift.max(1, abs(probe)) {
            probe *= 10
            decimals += 1
        }
        return SVGText.fixed(value / divisor, decimals) + suffix
    }
}

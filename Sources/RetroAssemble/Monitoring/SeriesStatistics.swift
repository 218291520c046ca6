import RetroModel

/// Summary figures over plain values.
public enum SeriesStatistics {
    /// Min, mean, percentiles, max and σ of the finite values; NaN and ±infinity are counted, not used.
    public static func summarize<S: Sequence>(_ values: S) -> SummaryStats where S.Element == Double {
        var finite: [Double] = []
        var nans = 0
        var infinities = 0
        for v in values {
            if v.isNaN { nans += 1 } else if v.isInfinite { infinities += 1 } else { finite.append(v) }
        }
        guard !finite.isEmpty else { return SummaryStats(count: 0, nanCount: nans, infinityCount: infinities) }
        finite.sort()
        let mean = finite.reduce(0, +) / Double(finite.count)
        let variance = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)
        return SummaryStats(
            count: finite.count, nanCount: nans, infinityCount: infinities, min: finite.first, mean: mean,
            p50: percentile(sorted: finite, 0.5), p5: percentile(sorted: finite, 0.05), p95: percentile(sorted: finite, 0.95),
            max: finite.last, standardDeviation: variance.squareRoot())
    }

    /// Linear interpolation between closest ranks: h = (n − 1)·p (Hyndman–Fan type 7).
    public static func percentile(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let h = Double(values.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, values.count - 1)
        return values[lower] + (h - Double(lower)) * (values[upper] - values[lower])
    }

    /// `mean ± max(3σ, 1% of |mean|)`; nil without finite values. See `NormalBand`. The floor keeps a flat
    /// baseline from making every wiggle an excursion, while staying narrow enough for SLIs near 100%.
    public static func band(_ stats: SummaryStats) -> NormalBand? {
        guard let mean = stats.mean, let sigma = stats.standardDeviation else { return nil }
        let width = Swift.max(3 * sigma, 0.01 * abs(mean))
        return NormalBand(low: mean - width, high: mean + width)
    }
}

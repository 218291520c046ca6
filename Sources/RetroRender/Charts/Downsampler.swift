import RetroModel

/// Reduces a series to what a given pixel width can show: per pixel column, the lowest and highest
/// value in time order, so peaks survive. Non-finite values split the series into separate runs.
enum Downsampler {
    /// Runs of finite points within `[start, end]`, each reduced to at most two points per column.
    static func runs(_ points: [MetricSeries.Point], start: Int64, end: Int64, columns: Int) -> [[MetricSeries.Point]] {
        var runs: [[MetricSeries.Point]] = []
        var current: [MetricSeries.Point] = []
        let span = Double(max(1, end - start))
        var bucket = Int.min
        var low: MetricSeries.Point? = nil
        var high: MetricSeries.Point? = nil
        func flush() {
            guard let lo = low, let hi = high else { return }
            if lo.t == hi.t && lo.v == hi.v {
                current.append(lo)
            } else {
                current.append(contentsOf: lo.t <= hi.t ? [lo, hi] : [hi, lo])
            }
            low = nil
            high = nil
        }
        func closeRun() {
            flush()
            if !current.isEmpty { runs.append(current) }
            current = []
            bucket = Int.min
        }
        for p in points where p.t >= start && p.t <= end {
            guard p.v.isFinite else { closeRun(); continue }
            let b = Int(Double(p.t - start) / span * Double(columns))
            if b != bucket {
                flush()
                bucket = b
            }
            if p.v < (low?.v ?? .infinity) { low = p }
            if p.v > (high?.v ?? -.infinity) { high = p }
        }
        closeRun()
        return runs
    }
}

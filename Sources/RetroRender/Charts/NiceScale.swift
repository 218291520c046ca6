import Foundation

/// A linear value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) and short labels.
///
/// Every label is at most `maximumLabelLength` characters, and the labels of one axis differ and
/// read in order, for any finite range: when the natural step would need longer labels (a range
/// that is narrow next to its values, such as 1e300 to 1.000001e300) the step grows until they fit.
struct NiceScale: Equatable {
    var low: Double
    var high: Double
    var step: Double
    var ticks: [Double]
    /// Every tick is an integer times 10^`exponent` (the step's own power), so that its label is
    /// written from integers and never shows the rounding of `k × step` in binary.
    private var exponent: Int
    private var style: NiceScaleLabel.Style

    static let maximumLabelLength = 10

    /// Covers `min...max` with about `count` ticks. A flat or empty range is widened around its value.
    init(min rawMin: Double, max rawMax: Double, count: Int = 5) {
        var lo = rawMin.isFinite ? rawMin : 0
        var hi = rawMax.isFinite ? rawMax : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * Swift.max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            // Kept finite: widening a value near the largest Double must not reach infinity.
            lo = Swift.max(-Double.greatestFiniteMagnitude, lo - pad)
            hi = Swift.min(Double.greatestFiniteMagnitude, hi + pad)
        }
        // A range wider than the largest Double (±1.7e308 at both ends) overflows to infinity:
        // it starts from the largest nice step.
        let raw = (hi - lo) / Double(Swift.max(1, count - 1))
        var candidate = NiceStep(raw.isFinite ? raw : 1e308)
        var chosen: (NiceStep, Axis)?
        for _ in 0..<64 {
            if let axis = Axis(lo: lo, hi: hi, step: candidate), axis.fits { chosen = (candidate, axis); break }
            candidate = candidate.next
            guard candidate.value.isFinite else { break }
        }
        // The largest steps always fit (a label such as "-2e308"); this is only a guard.
        let (step, axis) = chosen ?? (NiceStep(1e308), Axis(lo: lo, hi: hi, step: NiceStep(1e308)) ?? Axis.unit)
        self.low = axis.low
        self.high = axis.high
        self.step = step.value
        self.ticks = axis.ticks
        self.exponent = step.exponent
        self.style = axis.style
    }

    /// The label of `value` (a tick, or a figure on the axis such as a threshold), to the step's precision.
    func label(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let units = (value / NiceScaleLabel.power(exponent)).rounded()
        guard units.isFinite, abs(units) < 1e15 else { return NiceScaleLabel.scientific(value) }
        return NiceScaleLabel.text(Int64(units), exponent: exponent, style: style)
    }

    /// The nice step values in increasing order: 1, 2, 2.5, 5, 10, 20, 25, 50, …
    struct NiceStep {
        var coefficient: Int64
        var exponent: Int

        init(coefficient: Int64, exponent: Int) {
            self.coefficient = coefficient
            self.exponent = exponent
        }

        /// The smallest nice step at or above `raw`.
        init(_ raw: Double) {
            guard raw > 0, raw.isFinite else { self.init(coefficient: 1, exponent: 0); return }
            var power = Int(log10(raw).rounded(.down))
            var scaled = raw / NiceScaleLabel.power(power)
            if scaled >= 10 { power += 1; scaled /= 10 }
            if scaled < 1 { power -= 1; scaled *= 10 }
            switch scaled {
            case ...1.000000001: self.init(coefficient: 1, exponent: power)
            case ...2.000000001: self.init(coefficient: 2, exponent: power)
            case ...2.500000001: self.init(coefficient: 25, exponent: power - 1)
            case ...5.000000001: self.init(coefficient: 5, exponent: power)
            default: self.init(coefficient: 1, exponent: power + 1)
            }
        }

        var value: Double { Double(coefficient) * NiceScaleLabel.power(exponent) }

        var next: NiceStep {
            switch coefficient {
            case 1: NiceStep(coefficient: 2, exponent: exponent)
            case 2: NiceStep(coefficient: 25, exponent: exponent - 1)
            case 25: NiceStep(coefficient: 5, exponent: exponent + 1)
            default: NiceStep(coefficient: 1, exponent: exponent + 1)
            }
        }
    }

    /// The ends and ticks of the axis for one step, and whether their labels are short and distinct.
    struct Axis {
        var low: Double
        var high: Double
        var ticks: [Double]
        var style: NiceScaleLabel.Style
        var fits: Bool

        static let unit = Axis(low: 0, high: 1, ticks: [0, 1], style: .fixed(shift: 0, suffix: "", decimals: 0), fits: true)

        private init(low: Double, high: Double, ticks: [Double], style: NiceScaleLabel.Style, fits: Bool) {
            self.low = low
            self.high = high
            self.ticks = ticks
            self.style = style
            self.fits = fits
        }

        init?(lo: Double, hi: Double, step: NiceStep) {
            let size = step.value
            guard size > 0, size.isFinite else { return nil }
            let first = (lo / size).rounded(.down), last = (hi / size).rounded(.up)
            guard first.isFinite, last.isFinite, abs(first) < 1e15, abs(last) < 1e15, last - first <= 100 else { return nil }
            // Ends past the largest Double are kept finite; the ticks are then the multiples inside them.
            let largest = Double.greatestFiniteMagnitude
            low = Swift.max(-largest, first * size)
            high = Swift.min(largest, last * size)
            let firstMultiple = low == first * size ? first : (low / size).rounded(.up)
            let start = low == first * size ? low : firstMultiple * size
            var multiples: [Int64] = []
            var ticks: [Double] = []
            while true {
                let t = start + Double(multiples.count) * size
                if !t.isFinite || t > high + size * 1e-9 || multiples.count > 100 { break }
                ticks.append(abs(t) < size * 1e-9 ? 0 : t)
                multiples.append(Int64(firstMultiple) + Int64(multiples.count))
            }
            guard ticks.count >= 2 else { return nil }
            self.ticks = ticks
            let style = NiceScaleLabel.Style(magnitude: Swift.max(abs(low), abs(high)), step: step)
            self.style = style
            let labels = multiples.map { NiceScaleLabel.text($0 * step.coefficient, exponent: step.exponent, style: style) }
            fits = labels.allSatisfy { $0.count <= NiceScale.maximumLabelLength } && Set(labels).count == labels.count
        }
    }
}

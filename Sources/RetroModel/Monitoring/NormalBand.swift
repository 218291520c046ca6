/// The range a series normally stays in, derived from its baseline.
///
/// `mean ± max(3σ, 1% of |mean|)` over the baseline's finite values: three standard deviations,
/// widened to at least a hundredth of the mean so that a flat baseline does not flag every wiggle.
public struct NormalBand: Sendable, Equatable, Codable {
    public var low: Double
    public var high: Double
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    public func contains(_ value: Double) -> Bool { value >= low && value <= high }
}

/// Summary figures of a series over one window. NaN and ±infinity are left out of the figures and counted.
public struct SummaryStats: Sendable, Equatable, Codable {
    /// Finite values the figures are computed from.
    public var count: Int
    public var nanCount: Int
    public var infinityCount: Int
    public var min: Double?
    public var mean: Double?
    /// Percentiles by linear interpolation between closest ranks (Hyndman–Fan type 7, numpy's default).
    public var p50: Double?
    public var p5: Double?
    public var p95: Double?
    public var max: Double?
    /// Population standard deviation.
    public var standardDeviation: Double?

    public init(
        count: Int, nanCount: Int = 0, infinityCount: Int = 0, min: Double? = nil, mean: Double? = nil,
        p50: Double? = nil, p5: Double? = nil, p95: Double? = nil, max: Double? = nil, standardDeviation: Double? = nil
    ) {
        self.count = count
        self.nanCount = nanCount
        self.infinityCount = infinityCount
        self.min = min
        self.mean = mean
        self.p50 = p50
        self.p5 = p5
        self.p95 = p95
        self.max = max
        self.standardDeviation = standardDeviation
    }
}

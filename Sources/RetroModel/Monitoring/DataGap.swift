import Foundation

/// A stretch where a series has no usable data: a missing scrape or a run of NaN values.
public struct DataGap: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Two consecutive samples are more than twice the median step apart.
        case missingSamples = "missing_samples"
        /// Consecutive samples whose value is NaN.
        case nanValues = "nan_values"
    }
    public var kind: Kind
    /// The last good sample before the gap (missing samples) or the first NaN sample.
    public var start: Date
    /// The next sample after the gap (missing samples), or the next non-NaN sample (or the last NaN sample).
    public var end: Date
    /// Samples missing (estimated from the median step) or NaN samples in the run.
    public var sampleCount: Int

    public init(kind: Kind, start: Date, end: Date, sampleCount: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.sampleCount = sampleCount
    }

    public var duration: TimeInterval { end.timeIntervalSince(start) }
}

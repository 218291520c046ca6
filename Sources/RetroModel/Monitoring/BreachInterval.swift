import Foundation

/// A stretch of time during which a series was on the bad side of an SLO threshold.
///
/// Each bad sample counts until the next sample, at most two median steps (a missing scrape is not
/// counted as bad time); consecutive bad samples join into one interval.
public struct BreachInterval: Sendable, Equatable, Codable {
    public var start: Date
    public var end: Date
    /// The worst value seen in the interval (highest for `above`, lowest for `below`).
    public var worst: Double
    public var sampleCount: Int

    public init(start: Date, end: Date, worst: Double, sampleCount: Int) {
        self.start = start
        self.end = end
        self.worst = worst
        self.sampleCount = sampleCount
    }

    public var duration: TimeInterval { end.timeIntervalSince(start) }
}

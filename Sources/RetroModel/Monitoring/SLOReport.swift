import Foundation

/// How a series fared against an SLO: breach intervals and the error budget the incident used.
///
/// The error budget of a period is `(1 − objective) × period` in time: for 99.9% over 30 days,
/// 43.2 minutes. The incident consumes the bad time inside the incident window (breach intervals
/// clipped to it); `budgetConsumed` is that bad time divided by the period's budget (1.0 = all of it).
public struct SLOReport: Sendable, Equatable, Codable {
    public var objective: Double
    public var threshold: Double
    /// `above` or `below`: the side of the threshold that is bad.
    public var direction: String
    public var periodDays: Double
    /// Every breach in the analysed range (baseline start to incident end), in time order.
    public var breaches: [BreachInterval]
    /// The total length of `breaches`.
    public var totalBreachSeconds: TimeInterval
    /// Bad time inside the incident window.
    public var incidentBadSeconds: TimeInterval
    /// `(1 − objective) × periodDays × 86 400`.
    public var budgetSeconds: TimeInterval
    /// `incidentBadSeconds / budgetSeconds`; nil when the objective leaves no budget (100%).
    public var budgetConsumed: Double?

    public init(
        objective: Double, threshold: Double, direction: String, periodDays: Double, breaches: [BreachInterval],
        totalBreachSeconds: TimeInterval, incidentBadSeconds: TimeInterval, budgetSeconds: TimeInterval, budgetConsumed: Double?
    ) {
        self.objective = objective
        self.threshold = threshold
        self.direction = direction
        self.periodDays = periodDays
        self.breaches = breaches
        self.totalBreachSeconds = totalBreachSeconds
        self.incidentBadSeconds = incidentBadSeconds
        self.budgetSeconds = budgetSeconds
        self.budgetConsumed = budgetConsumed
    }
}

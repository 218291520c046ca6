import Foundation

/// What one series did during an incident, compared with its baseline. Figures only, never causes.
public struct SeriesAnalysis: Sendable, Equatable, Codable {
    /// `name{labels}` of the series.
    public var series: String
    /// What the document calls the series: the label values that tell it apart from the other
    /// series of its panel (`eu-west`), or its name without labels; nil to show `series`.
    public var label: String?
    public var unit: String?
    public var incident: DateInterval
    public var baseline: DateInterval
    public var baselineStats: SummaryStats
    public var incidentStats: SummaryStats
    /// Incident mean ÷ baseline mean; nil when either is missing or the baseline mean is 0.
    public var changeRatio: Double?
    /// Nil when the baseline has no finite values.
    public var band: NormalBand?
    /// The first sample from the baseline's end onwards that lies outside the band.
    public var leftBandAt: Date?
    public var leftBandValue: Double?
    /// The median spacing of samples, in seconds; nil with fewer than two samples.
    public var medianStepSeconds: Double?
    /// Gaps overlapping the analysed range (baseline start to incident end), in time order.
    public var gaps: [DataGap]
    public var slo: SLOReport?

    public init(
        series: String, unit: String? = nil, incident: DateInterval, baseline: DateInterval, baselineStats: SummaryStats,
        incidentStats: SummaryStats, changeRatio: Double? = nil, band: NormalBand? = nil, leftBandAt: Date? = nil,
        leftBandValue: Double? = nil, medianStepSeconds: Double? = nil, gaps: [DataGap] = [], slo: SLOReport? = nil
    ) {
        self.series = series
        self.unit = unit
        self.incident = incident
        self.baseline = baseline
        self.baselineStats = baselineStats
        self.incidentStats = incidentStats
        self.changeRatio = changeRatio
        self.band = band
        self.leftBandAt = leftBandAt
        self.leftBandValue = leftBandValue
        self.medianStepSeconds = medianStepSeconds
        self.gaps = gaps
        self.slo = slo
    }

    /// True when the incident mean lies outside the baseline's normal band.
    public var movedBeyondBand: Bool {
        guard let band, let mean = incidentStats.mean else { return false }
        return !band.contains(mean)
    }
}

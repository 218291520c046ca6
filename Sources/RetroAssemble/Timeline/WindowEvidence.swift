import RetroModel

/// What window derivation reads besides the merged timeline: the raw alerts (for their severity),
/// the classified messages (for customer reports), the monitoring series and who commanded.
struct WindowEvidence {
    var messages: [ClassifiedMessage] = []
    var alerts: [AlertEvent] = []
    var monitoring: [AssemblyInputs.Monitoring] = []
    /// Display names of the people who held the incident commander role.
    var commanders: Set<String> = []

    /// The records of triggers whose log does not say whether anyone was paged.
    var unstatedSources: Set<SourceRef> {
        Set(alerts.filter { $0.kind == .triggered && AlertPaging.isUnstated($0) }.map(\.source))
    }

    /// Whether the alert behind each alert-derived event pages, keyed by the event's source.
    var pagingBySource: [SourceRef: Bool] {
        var out: [SourceRef: Bool] = [:]
        for alert in alerts { out[alert.source] = (out[alert.source] ?? false) || AlertPaging.isPaging(alert) }
        return out
    }
}

extension AssemblyInputs.Monitoring {
    /// The SLO a series is judged against: its own settings' (or none), else the source's.
    func slo(for series: MetricSeries) -> SLO? {
        guard let settings = source.settings(for: series) else { return source.slo }
        return settings.noSLO ? nil : settings.slo ?? source.slo
    }

    /// The unit the incident file gives the series, else the one its tool gives, else the source's.
    func unit(for series: MetricSeries) -> String? { source.settings(for: series)?.unit ?? series.unit ?? source.unit }
}

import Foundation

extension Retrospective {
    /// The span customers lost service: started → mitigated when mitigated is known, because
    /// customers have their service back at mitigation (what remains until resolved is the team's
    /// work); otherwise started → resolved. The seconds are the retrospective's own time to
    /// mitigate (or time to resolve), so the internal stakeholder message and the customer summary
    /// state the same period. Nil when the window does not give such a span.
    public var customerImpactPeriod: CustomerSummary.ImpactPeriod? {
        guard let start = window.started else { return nil }
        if let end = window.mitigated, let seconds = durations.timeToMitigate, seconds > 0 {
            return CustomerSummary.ImpactPeriod(start: start, end: end, endMilestone: "mitigated", seconds: seconds)
        }
        if let end = window.resolved, let seconds = durations.timeToResolve, seconds > 0 {
            return CustomerSummary.ImpactPeriod(start: start, end: end, endMilestone: "resolved", seconds: seconds)
        }
        return nil
    }
}

import Foundation
import RetroModel

/// Builds a `Retrospective` from an incident and what was read from its sources.
///
/// A pure function of its inputs: no files, no clock, no environment.
public enum Assembler {
    public static func assemble(
        _ incident: Incident, inputs: AssemblyInputs = AssemblyInputs(), audience: Audience = .internal,
        extractor: TimelineExtractor = TimelineExtractor(), limits: TimelineLimits = .standard
    ) -> Retrospective {
        let derived = extractor.derive(
            incident: incident, messages: inputs.messages, alerts: inputs.alerts, annotations: inputs.annotations, monitoring: inputs.monitoring)
        let window = ResolvedWindow(milestones: derived.milestones.isEmpty ? ResolvedWindow(given: incident.window).milestones : derived.milestones)
        let monitoringGaps = incident.monitoringGaps + derived.signals.filter { $0.kind == .monitoringGap }.map(\.text)
        var retro = Retrospective(
            incident: incident,
            audience: audience,
            window: window,
            durations: IncidentDurations(window.window),
            stakeholder: stakeholderMessage(incident),
            monitoring: MonitoringAssembly.build(inputs.monitoring, window: window, gaps: monitoringGaps),
            timeline: TimelineSection(
                phases: phases(window, firstReport: derived.firstReport), events: derived.events.sorted(by: eventOrder),
                signals: derived.signals.filter { $0.kind != .monitoringGap }, chatter: audience == .internal ? derived.chatter : []),
            factors: factors(incident),
            technicalAnalysis: incident.technicalAnalysis,
            followUps: FollowUpsSection(items: incident.followUps),
            narrative: incident.narrative)
        let evidence = EvidenceResolver.resolve(
            incident.contributingFactors, events: retro.timeline.events, panels: retro.monitoring.panels, zone: incident.displayZone)
        (retro.timeline, retro.factors.evidence) = TimelineTrimmer.trim(retro.timeline, limits: limits, evidence: evidence)
        retro.timeline.unmatched = derived.unmatched
        return retro
    }

    /// Events in time order; hand-written order breaks ties, so the output is stable.
    static func eventOrder(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool { a.at < b.at }

    /// The spans between consecutive known milestones, in time order; the first customer report,
    /// when a chat source holds one, is a milestone of its own here, so report and detection
    /// delays both show.
    static func phases(_ window: ResolvedWindow, firstReport: Date? = nil) -> [TimelineSection.Phase] {
        let names: [String: String] = [
            "started>detected": "Impact before detection",
            "detected>acknowledged": "Detection to acknowledgement",
            "acknowledged>mitigated": "Acknowledgement to mitigation",
            "detected>mitigated": "Detection to mitigation",
            "mitigated>resolved": "Mitigation to resolution",
            "started>mitigated": "Impact to mitigation",
            "started>resolved": "Impact to resolution",
            "started>first report": "Impact before the first customer report",
            "first report>detected": "First customer report to detection",
            "detected>first report": "Detection to the first customer report",
            "first report>acknowledged": "First customer report to acknowledgement",
            "first report>mitigated": "First customer report to mitigation",
        ]
        var known = window.milestones.compactMap { m in m.at.map { (m.name, $0) } }
        if let firstReport {
            let position = known.firstIndex { $0.1 > firstReport } ?? known.endIndex
            known.insert(("first report", firstReport), at: position)
        }
        return zip(known, known.dropFirst()).map { a, b in
            TimelineSection.Phase(name: names["\(a.0)>\(b.0)"] ?? "\(a.0.capitalized) to \(b.0)", from: a.1, to: b.1)
        }
    }

    /// The retrospective with its incident fields replaced (a redacted copy, say) and the
    /// sections made from those fields alone made again; the window, timeline and monitoring stay.
    /// Cheaper than assembling again from the sources when only curated fields changed.
    public static func replacingIncident(_ incident: Incident, in retro: Retrospective) -> Retrospective {
        var copy = retro
        copy.incident = incident
        copy.stakeholder = stakeholderMessage(incident)
        return copy
    }

    static func stakeholderMessage(_ incident: Incident) -> StakeholderMessage {
        var reassurances: [String] = []
        if incident.impact.dataLoss == false { reassurances.append("No data was lost.") }
        if incident.impact.dataExposure == false { reassurances.append("No personal or confidential data was exposed.") }
        reassurances += incident.impact.reassurances
        let plan = incident.followUps.filter(\.isPublic).map { $0.publicText ?? $0.title }
        return StakeholderMessage(
            impact: incident.impact.summary, customerStatement: incident.impact.customerStatement,
            reassurances: reassurances, business: incident.impact.business, actionPlan: plan, asks: incident.asks)
    }

    static func factors(_ incident: Incident) -> FactorsSection {
        let groups = ContributingFactor.Category.allCases.compactMap { category -> FactorsSection.Group? in
            let members = incident.contributingFactors.filter { $0.category == category }
            return members.isEmpty ? nil : FactorsSection.Group(category: category, factors: members)
        }
        var byFactor: [String: [String]] = [:]
        for item in incident.followUps {
            for ref in item.addresses { byFactor[ref, default: []].append(item.id) }
        }
        return FactorsSection(groups: groups, wentWell: incident.wentWell, followUpsByFactor: byFactor)
    }
}

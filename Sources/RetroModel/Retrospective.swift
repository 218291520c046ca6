import Foundation

/// The assembled document: the incident, what was derived from its sources, and the seven sections.
/// A pure value; the renderers turn it into Markdown and HTML.
public struct Retrospective: Sendable {
    public var incident: Incident
    public var audience: Audience
    public var window: ResolvedWindow
    public var durations: IncidentDurations
    public var stakeholder: StakeholderMessage
    public var monitoring: MonitoringContext
    public var timeline: TimelineSection
    public var factors: FactorsSection
    public var technicalAnalysis: String?
    public var followUps: FollowUpsSection
    public var narrative: String?

    public init(
        incident: Incident, audience: Audience, window: ResolvedWindow, durations: IncidentDurations,
        stakeholder: StakeholderMessage, monitoring: MonitoringContext, timeline: TimelineSection,
        factors: FactorsSection, technicalAnalysis: String?, followUps: FollowUpsSection, narrative: String?
    ) {
        self.incident = incident
        self.audience = audience
        self.window = window
        self.durations = durations
        self.stakeholder = stakeholder
        self.monitoring = monitoring
        self.timeline = timeline
        self.factors = factors
        self.technicalAnalysis = technicalAnalysis
        self.followUps = followUps
        self.narrative = narrative
    }
}

/// The window milestones, each with where its value came from (given, derived, or missing).
public struct ResolvedWindow: Sendable, Equatable {
    public var milestones: [Milestone]
    public init(milestones: [Milestone]) { self.milestones = milestones }

    /// The window as given in the incident file, every milestone marked as given or missing.
    public init(given window: IncidentWindow) {
        milestones = window.milestones.map { m in
            Milestone(name: m.name, at: m.at, origin: m.at == nil ? .missing : .given, basis: m.at == nil ? "not given and not derivable" : "given in the incident file")
        }
    }

    public func at(_ name: String) -> Date? { milestones.first { $0.name == name }?.at }
    public var started: Date? { at("started") }
    public var detected: Date? { at("detected") }
    public var acknowledged: Date? { at("acknowledged") }
    public var mitigated: Date? { at("mitigated") }
    public var resolved: Date? { at("resolved") }

    /// The span the figures and charts call "the incident": started (or detected) to resolved
    /// (or mitigated); nil when those are unknown or out of order.
    public var incidentInterval: DateInterval? {
        guard let start = started ?? detected, let end = resolved ?? mitigated, end > start else { return nil }
        return DateInterval(start: start, end: end)
    }

    public var window: IncidentWindow {
        IncidentWindow(started: started, detected: detected, acknowledged: acknowledged, mitigated: mitigated, resolved: resolved)
    }
}

/// Section 1: impact in the reader's terms, what did not go wrong, and the plan.
public struct StakeholderMessage: Sendable, Equatable {
    public var impact: String?
    public var customerStatement: String?
    /// What did not go wrong, from `data_loss`, `data_exposure` and `reassurances`.
    public var reassurances: [String]
    public var business: String?
    /// Public follow-ups stated by their effect.
    public var actionPlan: [String]
    public var asks: [String]
    public init(impact: String?, customerStatement: String?, reassurances: [String], business: String?, actionPlan: [String], asks: [String]) {
        self.impact = impact
        self.customerStatement = customerStatement
        self.reassurances = reassurances
        self.business = business
        self.actionPlan = actionPlan
        self.asks = asks
    }
}

/// Section 2: what the monitoring showed against its baseline, and where it fell short.
public struct MonitoringContext: Sendable, Equatable {
    public static func == (a: MonitoringContext, b: MonitoringContext) -> Bool {
        a.panels == b.panels && a.related == b.related && a.gaps == b.gaps
            && a.dataGaps.map(\.source) == b.dataGaps.map(\.source) && a.dataGaps.map(\.gap) == b.dataGaps.map(\.gap)
    }

    /// One monitoring source: its series, and the analysis of each against the baseline.
    public struct Panel: Sendable, Equatable {
        public var title: String
        public var unit: String?
        /// The source file, as the incident file names it.
        public var path: String
        public var series: [MetricSeries]
        public var analyses: [SeriesAnalysis]
        public var slo: SLO?
        /// True when the incident file set the baseline; otherwise it is the same length just before the incident.
        public var baselineConfigured: Bool
        public init(title: String, unit: String?, path: String, series: [MetricSeries], analyses: [SeriesAnalysis], slo: SLO?, baselineConfigured: Bool = false) {
            self.title = title
            self.unit = unit
            self.path = path
            self.series = series
            self.analyses = analyses
            self.slo = slo
            self.baselineConfigured = baselineConfigured
        }
    }
    public var panels: [Panel]
    /// Series (by name) that moved beyond their normal band during the incident.
    public var related: [String]
    /// Gaps written in the incident file.
    public var gaps: [String]
    /// Gaps found in the data (missing scrapes, NaN runs), with the title of the source they are in.
    public var dataGaps: [(source: String, gap: DataGap)]
    public init(panels: [Panel] = [], related: [String] = [], gaps: [String], dataGaps: [(source: String, gap: DataGap)] = []) {
        self.panels = panels
        self.related = related
        self.gaps = gaps
        self.dataGaps = dataGaps
    }
}

/// Section 3: the phases between milestones and the events.
public struct TimelineSection: Sendable, Equatable {
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var from: Date
        public var to: Date
        public var duration: TimeInterval { to.timeIntervalSince(from) }
        public init(name: String, from: Date, to: Date) {
            self.name = name
            self.from = from
            self.to = to
        }
    }
    public var phases: [Phase]
    public var events: [TimelineEvent]
    /// Where communication broke down, stated blamelessly.
    public var signals: [CommunicationSignal]
    /// Human messages that are not events; internal documents only.
    public var chatter: [Message]
    /// What `TimelineLimits` left out of the lists above.
    public var omitted: Omitted
    /// Incident-file entries that name no derived event (reported, not rendered).
    public var unmatched: [UnmatchedReference] = []

    /// Counts of the entries a document does not reproduce, so it can say so.
    public struct Omitted: Sendable, Equatable {
        /// Left-out events by kind.
        public var events: [TimelineEvent.Kind: Int]
        public var signals: Int
        public var chatter: Int

        public init(events: [TimelineEvent.Kind: Int] = [:], signals: Int = 0, chatter: Int = 0) {
            self.events = events
            self.signals = signals
            self.chatter = chatter
        }

        public var eventCount: Int { events.values.reduce(0, +) }
        public var isEmpty: Bool { eventCount == 0 && signals == 0 && chatter == 0 }
    }

    public init(
        phases: [Phase], events: [TimelineEvent], signals: [CommunicationSignal] = [], chatter: [Message] = [],
        omitted: Omitted = Omitted()
    ) {
        self.phases = phases
        self.events = events
        self.signals = signals
        self.chatter = chatter
        self.omitted = omitted
    }

    /// Events, signals and chatter messages before the limits: what is listed plus what is left out.
    public var totalEvents: Int { events.count + omitted.eventCount }
    public var totalSignals: Int { signals.count + omitted.signals }
    public var totalChatter: Int { chatter.count + omitted.chatter }
}

/// Section 4: factors grouped by category, and what went well.
public struct FactorsSection: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var category: ContributingFactor.Category
        public var factors: [ContributingFactor]
        public init(category: ContributingFactor.Category, factors: [ContributingFactor]) {
            self.category = category
            self.factors = factors
        }
    }
    public var groups: [Group]
    public var wentWell: [String]
    /// Follow-up ids by the factor id they address.
    public var followUpsByFactor: [String: [String]]
    /// Each factor's evidence entries, resolved to timeline events or monitoring panels, by factor id.
    public var evidence: [String: [Evidence]]
    public init(groups: [Group], wentWell: [String], followUpsByFactor: [String: [String]], evidence: [String: [Evidence]] = [:]) {
        self.groups = groups
        self.wentWell = wentWell
        self.followUpsByFactor = followUpsByFactor
        self.evidence = evidence
    }
}

/// Section 6: the follow-ups and their progress.
public struct FollowUpsSection: Sendable, Equatable {
    public var items: [FollowUp]
    public init(items: [FollowUp]) { self.items = items }

    public func count(_ status: FollowUp.Status) -> Int { items.filter { $0.status == status }.count }

    /// "2 of 5 done, 1 in progress, 2 open"; won't-do items are counted apart.
    public var progress: String {
        guard !items.isEmpty else { return "No follow-ups." }
        var parts = ["\(count(.done)) of \(items.count) done"]
        if count(.inProgress) > 0 { parts.append("\(count(.inProgress)) in progress") }
        if count(.open) > 0 { parts.append("\(count(.open)) open") }
        if count(.wontDo) > 0 { parts.append("\(count(.wontDo)) not pursued") }
        return parts.joined(separator: ", ")
    }
}

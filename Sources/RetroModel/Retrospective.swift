import Foundation

/// The assembled document: the incident, what was derived from its sources, and the seven sections.
/// A pure value; the renderers turn it into Markdown and HTML.
public struct Retrospective: Sendable {
    public var incident: Incident
    public var audience: Audience
    public var window: ResolvedWindow
    public var durations: Durations
    public var stakeholder: StakeholderMessage
    public var monitoring: MonitoringContext
    public var timeline: TimelineSection
    public var factors: FactorsSection
    public var technicalAnalysis: String?
    public var followUps: FollowUpsSection
    public var narrative: String?

    public init(
        incident: Incident, audience: Audience, window: ResolvedWindow, durations: Durations,
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

/// The window milestones with where each came from.
public struct ResolvedWindow: Sendable, Equatable {
    public struct Milestone: Sendable, Equatable {
        public var name: String
        public var at: Date?
        /// "incident file", or what it was derived from ("the first PagerDuty trigger").
        public var origin: String?
        public init(name: String, at: Date?, origin: String?) {
            self.name = name
            self.at = at
            self.origin = origin
        }
    }
    public var milestones: [Milestone]
    public init(milestones: [Milestone]) { self.milestones = milestones }

    public func at(_ name: String) -> Date? { milestones.first { $0.name == name }?.at }
    public var started: Date? { at("started") }
    public var detected: Date? { at("detected") }
    public var acknowledged: Date? { at("acknowledged") }
    public var mitigated: Date? { at("mitigated") }
    public var resolved: Date? { at("resolved") }
}

/// The derived figures, in seconds; nil when a milestone they need is unknown.
///
/// Definitions: detect = detected − started; acknowledge = acknowledged − detected;
/// mitigate = mitigated − started; resolve = resolved − started; total = resolved − started.
public struct Durations: Sendable, Equatable {
    public var timeToDetect: TimeInterval?
    public var timeToAcknowledge: TimeInterval?
    public var timeToMitigate: TimeInterval?
    public var timeToResolve: TimeInterval?
    public var total: TimeInterval? { timeToResolve }

    public init(window: ResolvedWindow) {
        func span(_ a: Date?, _ b: Date?) -> TimeInterval? {
            guard let a, let b else { return nil }
            return b.timeIntervalSince(a)
        }
        timeToDetect = span(window.started, window.detected)
        timeToAcknowledge = span(window.detected, window.acknowledged)
        timeToMitigate = span(window.started, window.mitigated)
        timeToResolve = span(window.started, window.resolved)
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

/// Section 2: what the monitoring showed, and where it fell short.
public struct MonitoringContext: Sendable, Equatable {
    /// Titles of the monitoring sources the incident file names.
    public var sources: [String]
    public var gaps: [String]
    public init(sources: [String], gaps: [String]) {
        self.sources = sources
        self.gaps = gaps
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
    public init(phases: [Phase], events: [TimelineEvent]) {
        self.phases = phases
        self.events = events
    }
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
    public init(groups: [Group], wentWell: [String], followUpsByFactor: [String: [String]]) {
        self.groups = groups
        self.wentWell = wentWell
        self.followUpsByFactor = followUpsByFactor
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

import Foundation

/// The hand-written incident file (`schema: retro/v1`), decoded and validated.
///
/// Everything derivable from the sources is optional; what is given here always wins.
public struct Incident: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, resolved, reviewed, published
    }

    public var schema: String = "retro/v1"
    public var id: String
    public var title: String
    public var severity: String
    public var status: Status = .draft
    public var services: [String] = []
    /// IANA zone used to display times; UTC when absent.
    public var timezone: String?
    public var window: IncidentWindow = IncidentWindow()
    public var impact: Impact = Impact()
    public var people: [Person] = []
    public var sources: Sources = Sources()
    public var timeline: [TimelineEvent] = []
    /// Derived timeline events the reviewers dropped (`exclude:`).
    public var exclusions: [TimelineExclusion] = []
    /// A timeline vocabulary file, relative to the incident file (`vocabulary:`).
    public var vocabulary: String?
    public var contributingFactors: [ContributingFactor] = []
    public var wentWell: [String] = []
    public var technicalAnalysis: String?
    public var monitoringGaps: [String] = []
    public var followUps: [FollowUp] = []
    public var narrative: String?
    /// What the organisation needs from internal stakeholders (decisions, budget, help).
    public var asks: [String] = []
    /// Where customers get help; used by the customer summary.
    public var support: String?
    /// The `internal:` key: domains, host patterns and names that must not leave the organisation.
    public var internalNames: InternalNames = InternalNames()

    public init(id: String, title: String, severity: String) {
        self.id = id
        self.title = title
        self.severity = severity
    }

    /// The zone to display times in.
    public var displayZone: TimeZone {
        timezone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }
}

/// The window milestones. Any may be absent and derived from sources.
public struct IncidentWindow: Sendable, Equatable, Codable {
    public var started: Date?
    public var detected: Date?
    public var acknowledged: Date?
    public var mitigated: Date?
    public var resolved: Date?
    /// Why the written milestones differ from what the sources show (`window.notes`); with it,
    /// the window-sources check stays quiet.
    public var notes: String?
    /// Per milestone, the evidence its written time rests on (`window.detected.source`); with it,
    /// that milestone's source check stays quiet.
    public var sources: [String: String] = [:]

    public init(started: Date? = nil, detected: Date? = nil, acknowledged: Date? = nil, mitigated: Date? = nil, resolved: Date? = nil) {
        self.started = started
        self.detected = detected
        self.acknowledged = acknowledged
        self.mitigated = mitigated
        self.resolved = resolved
    }

    /// The milestones in their natural order, with their names.
    public var milestones: [(name: String, at: Date?)] {
        [("started", started), ("detected", detected), ("acknowledged", acknowledged), ("mitigated", mitigated), ("resolved", resolved)]
    }
}

public struct Impact: Sendable, Equatable {
    public var summary: String?
    public var customerStatement: String?
    public var dataLoss: Bool?
    public var dataExposure: Bool?
    public var reassurances: [String] = []
    /// Business terms for internal stakeholders: orders, revenue, support tickets.
    public var business: String?
    public init() {}
}

public struct Person: Sendable, Equatable {
    /// The chat identity (Slack user id, e-mail, handle) this entry maps.
    public var id: String
    public var name: String
    public var roles: [String] = []
    public var team: String?
    /// Other handles the same person uses across tools.
    public var aliases: [String] = []
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

public struct Sources: Sendable, Equatable {
    public var chat: [Source] = []
    public var monitoring: [MonitoringSource] = []
    public var alerts: [Source] = []
    public init() {}
    public var isEmpty: Bool { chat.isEmpty && monitoring.isEmpty && alerts.isEmpty }
}

/// A chat export or an alert log named by the incident file.
public struct Source: Sendable, Equatable {
    /// Relative to the incident file.
    public var path: String
    /// A format name to force (`slack-export`, `pagerduty-log-entries`, …); detected when absent.
    public var format: String?
    public var channel: String?
    /// Zone for times that carry none (plain-text logs).
    public var tz: String?
    /// Chat text logs: the day (`YYYY-MM-DD`) of lines that carry only a time, as `--date` gives it.
    public var date: String?
    /// Base URL for permalinks (`https://acme.slack.com`).
    public var workspaceURL: String?
    public init(path: String) { self.path = path }
}

/// A monitoring snapshot named by the incident file, with how to read it.
public struct MonitoringSource: Sendable, Equatable {
    public var path: String
    public var format: String?
    public var title: String?
    public var unit: String?
    public var tz: String?
    public var slo: SLO?
    /// An explicit baseline; by default the same length just before the incident.
    public var baseline: DateInterval?
    /// Per-series title, unit and SLO, for snapshots that hold different kinds of series.
    public var series: [SeriesSettings] = []
    public init(path: String) { self.path = path }

    /// The first settings that match the series, if any.
    public func settings(for series: MetricSeries) -> SeriesSettings? {
        self.series.first { $0.matches(series) }
    }
}

/// Title, unit and SLO for the series of a snapshot that match: by metric name, by labels, or both.
public struct SeriesSettings: Sendable, Equatable {
    public var name: String?
    public var labels: [String: String] = [:]
    public var title: String?
    public var unit: String?
    /// The series' own SLO; with `noSLO`, the source's SLO does not apply to it either.
    public var slo: SLO?
    public var noSLO = false
    public init() {}

    public func matches(_ series: MetricSeries) -> Bool {
        (name == nil || name == series.name) && labels.allSatisfy { series.labels[$0.key] == $0.value }
    }
}

/// A service-level objective on one monitored series.
public struct SLO: Sendable, Equatable {
    public enum Direction: String, Sendable, Codable, CaseIterable {
        /// Values above the threshold are bad (error ratio, latency).
        case above
        /// Values below the threshold are bad (success ratio, throughput).
        case below
    }
    /// The target share of good time or good events, such as 0.999.
    public var objective: Double
    public var threshold: Double
    public var direction: Direction = .above
    /// The period the error budget covers, in days (default 30).
    public var periodDays: Double = 30
    /// The periods the incident file accepts: a day to ten years.
    public static let periodDaysRange: ClosedRange<Double> = 1...3660
    public init(objective: Double, threshold: Double) {
        self.objective = objective
        self.threshold = threshold
    }
}

public struct ContributingFactor: Sendable, Equatable {
    public enum Category: String, Sendable, Codable, CaseIterable {
        case technical, process, people, organizational, external
    }
    public var id: String
    public var category: Category
    public var title: String
    public var description: String?
    public var whys: [String] = []
    /// Timeline event texts or series titles cited as evidence.
    public var evidence: [String] = []
    /// Accepted as a risk: needs no follow-up.
    public var accepted: Bool = false
    /// Why the risk is accepted (cost, rarity, a planned replacement).
    public var acceptedReason: String?
    public init(id: String, category: Category, title: String) {
        self.id = id
        self.category = category
        self.title = title
    }
}

public struct FollowUp: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case open
        case inProgress = "in_progress"
        case done
        case wontDo = "wont_do"
    }
    public var id: String
    public var title: String
    /// A team or a role; never a verdict on a person.
    public var owner: String?
    /// A calendar date (`YYYY-MM-DD`), kept as written.
    public var due: String?
    public var status: Status = .open
    public var tracker: String?
    public var addresses: [String] = []
    public var rationale: String?
    public var expectedImpact: String?
    public var isPublic: Bool = false
    public var publicText: String?
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

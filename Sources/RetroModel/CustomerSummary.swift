import Foundation

/// The customer-facing summary: a short status-page post built only from curated incident-file
/// fields and derived figures — never from chat text, alert summaries, hostnames, names or links.
///
/// Every text here was written by the team for customers (`title`, `impact.customer_statement`,
/// `impact.reassurances`, `public_text`, `support`) or is a fixed sentence retro writes from a
/// boolean; times and durations are values, formatted by the renderer.
public struct CustomerSummary: Sendable, Equatable {
    /// Where the incident stands for customers.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        /// The incident has a `resolved` milestone.
        case resolved
        /// Customers have their service back (`mitigated`), but the incident is not resolved yet.
        case mitigated
        /// Neither milestone is known yet.
        case ongoing
    }

    /// The span customers lost service, and which milestone ends it.
    public struct ImpactPeriod: Sendable, Equatable {
        public var start: Date
        public var end: Date
        /// `mitigated` or `resolved`: the milestone `end` is.
        public var endMilestone: String
        /// Whole seconds, the same figure as the retrospective's time to mitigate (or resolve).
        public var seconds: Int
        public init(start: Date, end: Date, endMilestone: String, seconds: Int) {
            self.start = start
            self.end = end
            self.endMilestone = endMilestone
            self.seconds = seconds
        }
    }

    /// One public follow-up, stated by its effect.
    public struct Action: Sendable, Equatable {
        public var text: String
        public var status: FollowUp.Status
        /// A calendar date (`YYYY-MM-DD`) as the incident file gives it.
        public var due: String?
        public init(text: String, status: FollowUp.Status, due: String?) {
            self.text = text
            self.status = status
            self.due = due
        }
    }

    public var headline: String
    /// The impact in the customer's terms (`impact.customer_statement`).
    public var statement: String?
    public var period: ImpactPeriod?
    public var status: Status
    /// When the incident was resolved (or mitigated), for the status line.
    public var statusAt: Date?
    /// What did not go wrong: only what the incident file asserts.
    public var reassurances: [String]
    public var actions: [Action]
    /// Where to get help (`support`).
    public var support: String?
    /// The zone times are shown in.
    public var zone: TimeZone
    /// What the build should tell the author: fields that are missing or were left out.
    public var warnings: [String]

    public init(
        headline: String, statement: String?, period: ImpactPeriod?, status: Status, statusAt: Date?,
        reassurances: [String], actions: [Action], support: String?, zone: TimeZone, warnings: [String] = []
    ) {
        self.headline = headline
        self.statement = statement
        self.period = period
        self.status = status
        self.statusAt = statusAt
        self.reassurances = reassurances
        self.actions = actions
        self.support = support
        self.zone = zone
        self.warnings = warnings
    }
}

import Foundation

/// One transition of an alert or page, normalized from any alerting tool.
public struct AlertEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case triggered, acknowledged, escalated, resolved, annotated, assigned
    }

    public var at: Date
    public var kind: Kind
    public var summary: String
    /// Who or what acted: a user's name, a service, or the tool itself.
    public var actor: String?
    /// The alert's identity across transitions (PagerDuty incident id, Alertmanager fingerprint).
    public var alertKey: String?
    public var service: String?
    /// The tool's own severity or priority (`critical`, `warning`, `P3`, `high`, `low`), as written.
    public var severity: String?
    public var source: SourceRef
    /// What the record says about paging a person, for formats whose logs can say it (PagerDuty log
    /// entries, CloudWatch alarm history); nil where the format has no such notion, and the
    /// severity decides.
    public var paging: Paging?

    /// Whether anyone was paged, as the alert log tells it.
    public enum Paging: Sendable, Equatable, Codable {
        /// Someone was notified; how (`phone, push_notification`, `arn:aws:sns:…:pager`).
        case paged(String)
        /// The log says nobody was (`its notification action failed`, `the alarm has no actions`).
        case notPaged(String)
        /// The log could say, but does not.
        case unstated
    }

    public init(
        at: Date, kind: Kind, summary: String, actor: String? = nil, alertKey: String? = nil,
        service: String? = nil, severity: String? = nil, source: SourceRef, paging: Paging? = nil
    ) {
        self.at = at
        self.kind = kind
        self.summary = summary
        self.actor = actor
        self.alertKey = alertKey
        self.service = service
        self.severity = severity
        self.source = source
        self.paging = paging
    }
}

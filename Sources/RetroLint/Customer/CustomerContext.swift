import Foundation
import RetroModel

/// What the `customer` profile knows about the incident behind a text: the people and internal
/// names that must not appear, and the figures that minimising language must not contradict.
public struct CustomerContext: Sendable, Equatable {
    public var vocabulary: SensitiveVocabulary
    /// How long customers felt the impact, in seconds.
    public var impactSeconds: Double?
    /// The share of users, requests or customers affected, between 0 and 1.
    public var affectedShare: Double?

    public init(vocabulary: SensitiveVocabulary = SensitiveVocabulary(), impactSeconds: Double? = nil, affectedShare: Double? = nil) {
        self.vocabulary = vocabulary
        self.impactSeconds = impactSeconds
        self.affectedShare = affectedShare
    }

    /// The context of one incident: its people, chat participants and alert actors, its
    /// `internal:` names and identifier-like services, its id as a ticket key, the impact
    /// duration (`impactSeconds`, or started → mitigated, else started → resolved) and the first
    /// percentage in its impact summary or customer statement as the affected share.
    public init(incident: Incident, messages: [Message] = [], alerts: [AlertEvent] = [], impactSeconds: Double? = nil) {
        self.vocabulary = SensitiveVocabulary(incident: incident, messages: messages, alerts: alerts)
        let window = incident.window
        let start = window.started ?? window.detected
        let end = window.mitigated ?? window.resolved
        if let impactSeconds {
            self.impactSeconds = impactSeconds
        } else if let start, let end, end > start {
            self.impactSeconds = end.timeIntervalSince(start)
        }
        let statements = [incident.impact.summary, incident.impact.customerStatement].compactMap { $0 }
        self.affectedShare = statements.lazy.compactMap(Self.firstPercentage).first
    }

    /// 18 for "about 18% of EU checkout attempts", as 0.18.
    static func firstPercentage(in text: String) -> Double? {
        guard let range = text.range(of: #"\d+(?:[.,]\d+)?\s?%"#, options: .regularExpression) else { return nil }
        let number = text[range].filter { $0.isNumber || $0 == "." || $0 == "," }.replacingOccurrences(of: ",", with: ".")
        return Double(number).map { $0 / 100 }
    }

    /// The context the rules' examples are written against (`retro explain` prints it).
    public static let examples = CustomerContext(
        vocabulary: SensitiveVocabulary(
            internalNames: InternalNames(domains: ["payments.internal"], hosts: ["db-*"], names: ["payments-api", "pgbouncer"]),
            people: ["Dana Ortiz", "Dana", "U024BE7LH"], ticketKeys: ["INC-2041"]),
        impactSeconds: 7500, affectedShare: 0.18)

    /// One line that says what the context knows, for `retro explain` and `--print-config`-like output.
    public var summary: String {
        var parts: [String] = []
        let v = vocabulary
        if !v.people.isEmpty { parts.append("people " + v.people.joined(separator: ", ")) }
        if !v.internalNames.domains.isEmpty { parts.append("internal domains " + v.internalNames.domains.joined(separator: ", ")) }
        if !v.internalNames.hosts.isEmpty { parts.append("host patterns " + v.internalNames.hosts.joined(separator: ", ")) }
        if !v.internalNames.names.isEmpty { parts.append("internal names " + v.internalNames.names.joined(separator: ", ")) }
        if !v.ticketKeys.isEmpty { parts.append("incident id " + v.ticketKeys.joined(separator: ", ")) }
        if let impactSeconds { parts.append("impact \(MinimizingRule.describe(seconds: impactSeconds))") }
        if let affectedShare { parts.append("\(MinimizingRule.percent(affectedShare)) affected") }
        return parts.isEmpty ? "nothing known" : parts.joined(separator: "; ")
    }
}

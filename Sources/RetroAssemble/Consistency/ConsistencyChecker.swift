import Foundation
import RetroModel

/// Checks that the incident file holds together: follow-ups and factors point at each other,
/// follow-ups can be tracked, and the window agrees with the timeline and the sources.
///
/// Values in, findings out: the CLI prints them with the lint's findings.
public enum ConsistencyChecker {
    /// Two times closer than this are the same moment written with different rounding.
    static let tolerance: TimeInterval = 60

    public static func check(_ retro: Retrospective, alerts: [AlertEvent] = []) -> [ConsistencyFinding] {
        followUps(retro.incident) + factors(retro.incident) + order(retro) + sources(retro, alerts: alerts)
    }

    /// Follow-ups that address no factor, and open ones without an owner or a due date.
    static func followUps(_ incident: Incident) -> [ConsistencyFinding] {
        var findings: [ConsistencyFinding] = []
        for (i, item) in incident.followUps.enumerated() {
            if item.addresses.isEmpty {
                findings.append(ConsistencyFinding(
                    rule: .followUpAddresses, jsonPath: "$.follow_ups[\(i)]",
                    message: "The follow-up '\(item.id)' addresses no contributing factor; list the factor ids it changes under 'addresses', or add the factor it answers."))
            }
            guard item.status == .open || item.status == .inProgress else { continue }
            let missing = [item.owner == nil ? "owner" : nil, item.due == nil ? "due date" : nil].compactMap { $0 }
            if !missing.isEmpty {
                findings.append(ConsistencyFinding(
                    rule: .followUpOwner, jsonPath: "$.follow_ups[\(i)]",
                    message: "The follow-up '\(item.id)' has no \(missing.joined(separator: " and no ")); add 'owner' (a team or role) and 'due' (YYYY-MM-DD) so its progress can be tracked."))
            }
        }
        return findings
    }

    /// Factors that no follow-up (other than a won't-do one) addresses, unless accepted as a risk with a reason.
    static func factors(_ incident: Incident) -> [ConsistencyFinding] {
        let addressed = Set(incident.followUps.filter { $0.status != .wontDo }.flatMap(\.addresses))
        var findings: [ConsistencyFinding] = []
        for (i, factor) in incident.contributingFactors.enumerated() {
            if factor.accepted {
                if factor.acceptedReason == nil {
                    findings.append(ConsistencyFinding(
                        rule: .factorFollowUp, jsonPath: "$.contributing_factors[\(i)].accepted",
                        message: "The factor '\(factor.id)' is accepted as a risk without a reason; add 'accepted_reason' so later readers know why no follow-up was chosen."))
                }
            } else if !addressed.contains(factor.id) {
                findings.append(ConsistencyFinding(
                    rule: .factorFollowUp, jsonPath: "$.contributing_factors[\(i)]",
                    message: "No follow-up addresses the factor '\(factor.id)'; add one with 'addresses: [\(factor.id)]', or mark the factor 'accepted: true' with an 'accepted_reason'."))
            }
        }
        return findings
    }

    /// `2026-03-14T09:19:00Z`: seconds are enough for a message.
    static func time(_ date: Date) -> String {
        Timestamp.iso(date).replacingOccurrences(of: ".000Z", with: "Z")
    }
}

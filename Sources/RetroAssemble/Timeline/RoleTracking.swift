import Foundation
import RetroModel

/// Follows incident roles through the chat: who declared which role, and when it changed hands,
/// either by an explicit handover ("handing IC to Ben") or by a second person declaring a role
/// someone else held.
///
/// A role the incident file gives to exactly one person counts as held by them from the start, so
/// someone else declaring it later is a handoff.
enum RoleTracking {
    struct Result {
        var assignments: [RoleAssignment]
        var signals: [CommunicationSignal]
    }

    static func track(_ items: [ClassifiedMessage], people: [Person], directory: ActorDirectory, zone: TimeZone? = nil) -> Result {
        var assignments = people.flatMap { person in person.roles.map { RoleAssignment(role: $0, person: person.name) } }
        var holders: [String: String] = [:]
        for role in Set(assignments.map(\.role)) {
            let named = assignments.filter { $0.role == role }
            if named.count == 1, let only = named.first { holders[role] = only.person }
        }
        // Set when a handover named someone the incident file does not list, so their own
        // "I'm IC" right after is the same handover, not a second one.
        var unresolvedRecipient: [String: Bool] = [:]
        var signals: [CommunicationSignal] = []
        for index in items.indices where items[index].classification?.kind == .role || items[index].classification?.kind == .handover {
            let item = items[index]
            guard let classification = item.classification, let role = classification.role else { continue }
            let label = role.replacingOccurrences(of: "_", with: " ")
            let at = item.message.at
            if classification.handoff {
                let target = classification.handoffTarget
                let resolved = target.flatMap { directory.resolve(word: $0)?.name }
                let recipient = resolved ?? target
                signals.append(CommunicationSignal(
                    kind: .handoff, at: at,
                    text: "The \(label) role passed from \(item.actor)\(recipient.map { " to \($0)" } ?? "") at \(TimelineClock.time(at, zone: zone)).",
                    sources: [item.message.source]))
                if let recipient { assignments.append(RoleAssignment(role: role, person: recipient, from: at, sources: [item.message.source])) }
                holders[role] = recipient
                unresolvedRecipient[role] = resolved == nil
                continue
            }
            let holder = holders[role]
            let sameHandover = unresolvedRecipient[role] == true
            holders[role] = item.actor
            unresolvedRecipient[role] = false
            if holder == item.actor { continue }
            if sameHandover, let last = assignments.indices.last(where: { assignments[$0].role == role }) {
                assignments[last].person = item.actor
                assignments[last].sources.append(item.message.source)
                continue
            }
            assignments.append(RoleAssignment(role: role, person: item.actor, from: at, sources: [item.message.source]))
            guard let holder else { continue }
            signals.append(CommunicationSignal(
                kind: .handoff, at: at,
                text: "The \(label) role passed from \(holder) to \(item.actor) at \(TimelineClock.time(at, zone: zone)).",
                sources: [item.message.source]))
        }
        return Result(assignments: assignments, signals: signals)
    }
}

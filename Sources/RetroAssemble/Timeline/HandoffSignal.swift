import Foundation
import RetroModel

/// Roles changing hands: an explicit handover ("handing IC to Ben"), or a second person declaring
/// a role someone else held.
enum HandoffSignal {
    static func find(_ items: [ClassifiedMessage], directory: ActorDirectory) -> [CommunicationSignal] {
        var holders: [String: String] = [:]
        /// Set when a handover named someone the incident file does not list, so their own
        /// "I'm IC" right after is the same handover, not a second one.
        var unresolvedRecipient: [String: Bool] = [:]
        var signals: [CommunicationSignal] = []
        for item in items {
            guard let classification = item.classification, classification.kind == .role, let role = classification.role else { continue }
            let label = role.replacingOccurrences(of: "_", with: " ")
            if classification.handoff {
                let target = classification.handoffTarget
                let recipient = target.flatMap { directory.resolve(word: $0)?.name } ?? target
                let to = recipient.map { " to \($0)" } ?? ""
                signals.append(CommunicationSignal(
                    kind: .handoff, at: item.message.at,
                    text: "The \(label) role passed from \(item.actor)\(to) at \(TimelineClock.time(item.message.at)).",
                    sources: [item.message.source]))
                holders[role] = recipient
                unresolvedRecipient[role] = recipient == nil || directory.resolve(word: target ?? "") == nil
                continue
            }
            defer {
                holders[role] = item.actor
                unresolvedRecipient[role] = false
            }
            guard let holder = holders[role], holder != item.actor, unresolvedRecipient[role] != true else { continue }
            signals.append(CommunicationSignal(
                kind: .handoff, at: item.message.at,
                text: "The \(label) role passed from \(holder) to \(item.actor) at \(TimelineClock.time(item.message.at)).",
                sources: [item.message.source]))
        }
        return signals
    }
}

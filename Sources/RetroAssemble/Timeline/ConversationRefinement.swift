import Foundation
import RetroModel

/// Corrections to single-message classifications that only the conversation around a message can make.
///
/// - A message in a second channel (a relay of news into a stakeholder channel) is communication,
///   not the event it reports: the breakthrough belongs to the message in the incident channel.
/// - "I have IC" from the person a handover just named confirms that handover; it is not a new role.
enum ConversationRefinement {
    /// How long after a handover its recipient's confirmation counts as part of it.
    static let confirmationWindow: TimeInterval = 15 * 60

    static func refine(_ items: inout [ClassifiedMessage], directory: ActorDirectory) {
        let main = mainConversation(items)
        var handedTo: [String: (person: String, at: Date)] = [:]
        for index in items.indices {
            guard let classification = items[index].classification else { continue }
            if let main, conversation(items[index].message) != main, items[index].isHuman {
                items[index].classification?.kind = .communication
                items[index].classification?.reason += "; posted outside the incident channel, so a relay"
                continue
            }
            guard let role = classification.role else { continue }
            if classification.handoff {
                if let target = classification.handoffTarget {
                    handedTo[role] = (directory.resolve(word: target)?.name ?? target, items[index].message.at)
                }
            } else if let handover = handedTo[role], handover.person == items[index].actor,
                      items[index].message.at.timeIntervalSince(handover.at) <= confirmationWindow {
                items[index].classification = nil
                handedTo[role] = nil
            }
        }
    }

    /// The channel (or file, when the export names none) holding most of the readable messages.
    private static func mainConversation(_ items: [ClassifiedMessage]) -> String? {
        var counts: [String: Int] = [:]
        for index in items.indices where items[index].isHuman {
            counts[conversation(items[index].message), default: 0] += 1
        }
        guard counts.count > 1 else { return nil }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    private static func conversation(_ message: Message) -> String {
        message.channel ?? message.source.file
    }
}

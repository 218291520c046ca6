import Foundation
import RetroModel

/// Corrections to single-message classifications that only the conversation around a message can make.
///
/// - A message in a side channel (a relay of news into a stakeholder channel) is communication,
///   not the event it reports: the breakthrough belongs to the message in the incident channel.
///   A side channel is one holding at most a fifth as many messages as the busiest one; channels of
///   similar size are all incident channels, read as they are.
///   A statement there that matched nothing is communication too: it reports to stakeholders.
/// - "I have IC" from the person a handover just named confirms that handover; it is not a new role.
/// - "or the CDN?" right after a hypothesis offers another one.
/// - "ack, sorry, missed that" in a thread answers the message it replies to; it acknowledges no page.
enum ConversationRefinement {
    /// How long after a handover its recipient's confirmation counts as part of it.
    static let confirmationWindow: TimeInterval = 15 * 60
    /// How long after a hypothesis an "or …" still offers an alternative to it.
    static let alternativeWindow: TimeInterval = 5 * 60
    /// Shorter statements in a second channel are side talk, not a relay.
    static let relayWords = 5

    static func refine(_ items: inout [ClassifiedMessage], directory: ActorDirectory) {
        let side = sideConversations(items)
        var handedTo: [String: (person: String, at: Date)] = [:]
        var lastHypothesis: Date?
        for index in items.indices {
            guard let classification = items[index].classification else {
                refineUnmatched(&items[index], side: side, lastHypothesis: lastHypothesis)
                if items[index].classification?.kind == .hypothesis { lastHypothesis = items[index].message.at }
                continue
            }
            if classification.kind == .hypothesis { lastHypothesis = items[index].message.at }
            if !side.isEmpty, items[index].isHuman, side.contains(conversation(items[index].message)) {
                items[index].classification?.kind = .communication
                items[index].classification?.reason += "; posted outside the incident channel, so a relay"
                continue
            }
            if classification.kind == .acknowledgement, let thread = items[index].message.thread, thread != items[index].message.id {
                items[index].classification = nil
                continue
            }
            if classification.kind == .acknowledgement, confirms(items[index], &handedTo) {
                items[index].classification = nil
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

    /// An acknowledgement ("ack, IC now") from someone a handover just named confirms it.
    private static func confirms(_ item: ClassifiedMessage, _ handedTo: inout [String: (person: String, at: Date)]) -> Bool {
        guard let role = handedTo.first(where: { $0.value.person == item.actor && item.message.at.timeIntervalSince($0.value.at) <= confirmationWindow })?.key
        else { return false }
        handedTo[role] = nil
        return true
    }

    /// A human message that matched nothing: a relay when it is a statement in a second channel, an
    /// alternative hypothesis when it opens with "or" just after one.
    private static func refineUnmatched(_ item: inout ClassifiedMessage, side: Set<String>, lastHypothesis: Date?) {
        guard item.isHuman else { return }
        let text = item.message.text
        if !side.isEmpty, side.contains(conversation(item.message)), !item.isQuestion,
           text.split(whereSeparator: \.isWhitespace).count >= relayWords {
            item.classification = MessageClassification(kind: .communication, key: false, reason: "a statement posted outside the incident channel, so a relay")
        } else if let last = lastHypothesis, item.message.at.timeIntervalSince(last) <= alternativeWindow,
                  text.count > 3, text.prefix(3).lowercased() == "or " {
            item.classification = MessageClassification(kind: .hypothesis, key: false, reason: "'or …' right after a hypothesis offers another one")
        }
    }

    /// The channels (or files, when the export names none) with at most a fifth of the readable
    /// messages of the busiest one.
    private static func sideConversations(_ items: [ClassifiedMessage]) -> Set<String> {
        var counts: [String: Int] = [:]
        for index in items.indices where items[index].isHuman {
            counts[conversation(items[index].message), default: 0] += 1
        }
        guard counts.count > 1, let busiest = counts.values.max() else { return [] }
        return Set(counts.filter { $0.value * 5 <= busiest }.keys)
    }

    private static func conversation(_ message: Message) -> String {
        message.channel ?? message.source.file
    }
}

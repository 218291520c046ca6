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
/// - A bot post that opens with a status-page stage ("[Investigating] …", "[Resolved] …") is
///   communication to customers: the milestone it names comes from the responders or the alert log.
/// - Someone declaring a role another person holds, with no handover naming them, takes it over:
///   the declaration is the handover ("taking over as IC").
/// - In a side channel, the answer to a question just asked there is talk, not a relay.
enum ConversationRefinement {
    /// Stages status-page tools open their posts with. "[RESOLVED]" in capitals is an alert tool's
    /// echo of a resolve (Alertmanager's), which `AlertEcho` folds, unless the bot is a status tool.
    static let statusStages: Set<String> = ["investigating", "identified", "monitoring", "update", "resolved", "scheduled", "in progress", "completed"]
    /// How soon an answer follows the question it answers in a side channel.
    static let answerWindow: TimeInterval = 5 * 60

    /// How long after a handover its recipient's confirmation counts as part of it.
    static let confirmationWindow: TimeInterval = 15 * 60
    /// How long after a hypothesis an "or …" still offers an alternative to it.
    static let alternativeWindow: TimeInterval = 5 * 60
    /// Shorter statements in a second channel are side talk, not a relay.
    static let relayWords = 5

    static func refine(_ items: inout [ClassifiedMessage], directory: ActorDirectory, people: [Person] = []) {
        let side = sideConversations(items)
        var handedTo: [String: (person: String, at: Date)] = [:]
        var lastHypothesis: Date?
        // Who holds each role: the incident file's only holder, then each declaration or handover.
        var holders: [String: String] = [:]
        for role in Set(people.flatMap(\.roles)) {
            let named = people.filter { $0.roles.contains(role) }
            if named.count == 1 { holders[role] = named[0].name }
        }
        // The last question asked in each side channel, by whom and when.
        var lastQuestion: [String: (asker: String, at: Date)] = [:]
        for index in items.indices {
            if items[index].message.bot, items[index].message.kind == .message, let stage = statusStage(items[index]) {
                items[index].classification = MessageClassification(
                    kind: .communication, key: false, reason: "a status tool's '[\(stage)]' post: an update to customers")
                continue
            }
            if !side.isEmpty, items[index].isHuman, side.contains(conversation(items[index].message)) {
                let here = conversation(items[index].message)
                if let last = lastQuestion[here], last.asker != items[index].actor, !items[index].isQuestion,
                   items[index].message.at.timeIntervalSince(last.at) <= answerWindow {
                    items[index].classification = nil
                    lastQuestion[here] = nil
                    continue
                }
                if items[index].isQuestion { lastQuestion[here] = (items[index].actor, items[index].message.at) }
            }
            if items[index].isHuman, !items[index].isQuestion, Self.mayAsk(items[index].classification), let verb = directedRequest(items[index], directory: directory) {
                items[index].classification = MessageClassification(
                    kind: .decision, key: true, reason: "asks a named responder to '\(verb)': a course the incident commander set")
            }
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
                    let person = directory.resolve(word: target)?.name ?? target
                    handedTo[role] = (person, items[index].message.at)
                    holders[role] = person
                }
            } else if let handover = handedTo[role], handover.person == items[index].actor,
                      items[index].message.at.timeIntervalSince(handover.at) <= confirmationWindow {
                items[index].classification = nil
                handedTo[role] = nil
            } else if classification.kind == .role, items[index].isHuman {
                if let holder = holders[role], holder != items[index].actor {
                    items[index].classification?.kind = .handover
                    items[index].classification?.key = true
                    items[index].classification?.reason += "; \(holder) held the role, so this takes it over"
                }
                holders[role] = items[index].actor
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

    /// Chatter, or a step or recovery read from a phrase inside a request ("put it back to 8gb").
    private static func mayAsk(_ classification: MessageClassification?) -> Bool {
        guard let kind = classification?.kind else { return true }
        return kind == .action || kind == .mitigation
    }

    /// "Priya please move the alias back", "ok. joon pls put maxmemory back": a responder named,
    /// then "please" and a verb. The verb, when the message is such a request.
    private static func directedRequest(_ item: ClassifiedMessage, directory: ActorDirectory) -> String? {
        guard Self.holdsPlease(item.message.text) else { return nil }
        for sentence in TimelineText(item.message.text).sentences {
            let tokens = sentence.tokens.map { $0 == "pls" || $0 == "plz" ? "please" : $0 }
            guard let please = tokens.firstIndex(of: "please"), please >= 1, please <= 3, please + 1 < tokens.count else { continue }
            let name = tokens[please - 1]
            guard let person = directory.resolve(word: name), person.name != item.actor else { continue }
            return tokens[please + 1]
        }
        return nil
    }

    /// Whether the text holds "pls", "plz" or "please" (any case): most messages do not.
    private static func holdsPlease(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(200).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        guard bytes.count >= 3 else { return false }
        for i in 0..<(bytes.count - 2) where bytes[i] == UInt8(ascii: "p") && bytes[i + 1] == UInt8(ascii: "l") {
            let c = bytes[i + 2]
            if c == UInt8(ascii: "s") || c == UInt8(ascii: "z") || c == UInt8(ascii: "e") { return true }
        }
        return false
    }

    /// The status-page stage a bot post opens with ("[Monitoring] …"), when it does.
    private static func statusStage(_ item: ClassifiedMessage) -> String? {
        let text = item.message.text.drop { $0 == " " }
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let raw = String(text[text.index(after: text.startIndex)..<close])
        let stage = raw.lowercased().trimmingCharacters(in: .whitespaces)
        guard statusStages.contains(stage) else { return nil }
        let statusTool = item.actor.lowercased().contains("status") || item.message.author.name.lowercased().contains("status")
        if stage == "resolved", raw == raw.uppercased(), !statusTool { return nil }
        return raw
    }

    /// A human message that matched nothing: a relay when it is a statement in a second channel, an
    /// alternative hypothesis when it opens with "or" just after one.
    private static func refineUnmatched(_ item: inout ClassifiedMessage, side: Set<String>, lastHypothesis: Date?) {
        guard item.isHuman else { return }
        let text = item.message.text
        if !side.isEmpty, side.contains(conversation(item.message)), !item.isQuestion,
           ChatWords.count(in: text, atLeast: relayWords) {
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

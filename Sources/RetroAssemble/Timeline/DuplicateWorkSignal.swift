import Foundation
import RetroModel

/// Two people announcing the same action (same vocabulary entry, whatever its verb: "bouncing",
/// "kicking", "restarting" are one restart) on the same target within minutes, neither referring to
/// the other: work that a shared task list or one owner per task would have shown as already under way.
/// Targets compare by their word parts ("thumbs-worker" names the workers).
enum DuplicateWorkSignal {
    static let stopwords: Set<String> = [
        "the", "a", "an", "i", "im", "ill", "ive", "we", "were", "well", "just", "now", "it", "its", "on", "to", "of", "for", "and",
        "is", "was", "all", "again", "going", "gonna", "will", "me", "my", "our", "this", "that", "be", "been", "done", "ok", "okay",
        "also", "in", "at", "with", "from", "so", "too", "one", "ones",
        // Kinds of thing every system has: naming one is no shared target ("the search pods", "the billing pods").
        "pod", "pods", "node", "nodes", "instance", "instances", "container", "containers", "deployment", "service", "services",
        "server", "servers", "cluster",
    ]

    static func find(_ items: [ClassifiedMessage], within window: TimeInterval, limit: Int) -> [CommunicationSignal] {
        let actions = items.indices.filter { items[$0].isHuman && items[$0].classification?.kind == .action && items[$0].classification?.entryID != nil }
            .map { items[$0] }
        // Targets are read only for pairs that pass the cheap checks.
        var targets = [Set<String>?](repeating: nil, count: actions.count)
        // Repeated announcements (same text, same phrase) are read once.
        var objectsOf: [TextKey: [String: Set<String>]] = [:]
        func target(_ index: Int) -> Set<String> {
            if let known = targets[index] { return known }
            let item = actions[index]
            let phrase = item.classification?.phrase ?? ""
            let found = objectsOf[TextKey(item.message.text)]?[phrase] ?? objects(item)
            objectsOf[TextKey(item.message.text), default: [:]][phrase] = found
            targets[index] = found
            return found
        }
        var signals: [CommunicationSignal] = []
        var reported = Set<Int>()
        // Only announcements of the same entry can pair up: each is compared with the later ones
        // of its entry (in time order, as before), not with every action in the window.
        var byEntry: [String: [Int]] = [:]
        var rank: [Int] = []
        for index in actions.indices {
            let entry = actionClass(actions[index])
            rank.append(byEntry[entry, default: []].count)
            byEntry[entry, default: []].append(index)
        }
        // A later message from someone who already announced the same action reports on their own
        // work ("restarted, cache empty"); only each person's first announcement starts the action.
        func continues(_ j: Int) -> Bool {
            let entry = actionClass(actions[j])
            for k in (byEntry[entry] ?? []).prefix(rank[j]).reversed() {
                if actions[j].message.at.timeIntervalSince(actions[k].message.at) > window { break }
                if actions[k].actor == actions[j].actor { return true }
            }
            return false
        }
        for i in actions.indices {
            let sameEntry = byEntry[actionClass(actions[i])] ?? []
            for j in sameEntry.dropFirst(rank[i] + 1) {
                // The cheap checks read the items in place; only a reported pair is copied.
                let gap = actions[j].message.at.timeIntervalSince(actions[i].message.at)
                guard gap <= window else { break }
                guard !reported.contains(j), actions[j].actor != actions[i].actor, !continues(j),
                      !refers(actions[j], to: actions[i]), sameTarget(target(i), target(j)) else { continue }
                let first = actions[i], second = actions[j]
                reported.insert(j)
                let action = first.classification?.label ?? first.classification?.entryID ?? "action"
                let text = "Two responders announced the same \(action) \(TimelineClock.span(gap)) apart "
                    + "('\(TimelineClock.excerpt(first.message.text, limit: limit))' and '\(TimelineClock.excerpt(second.message.text, limit: limit))'); "
                    + "nothing in the channel showed that the first was already under way."
                signals.append(CommunicationSignal(kind: .duplicateWork, at: second.message.at, text: text, sources: [first.message.source, second.message.source]))
            }
        }
        return signals
    }

    /// The class of action a message starts: its entry's label ("restart" for every way of saying
    /// it), else the entry itself.
    static func actionClass(_ item: ClassifiedMessage) -> String {
        item.classification?.label ?? item.classification?.entryID ?? ""
    }

    /// True when both messages name a common object ("payments-api"), or when either names none.
    static func sameTarget(_ x: Set<String>, _ y: Set<String>) -> Bool {
        x.isEmpty || y.isEmpty || !x.isDisjoint(with: y)
    }

    /// The later message replies to the earlier one or names its author: it knows of it.
    private static func refers(_ later: ClassifiedMessage, to earlier: ClassifiedMessage) -> Bool {
        if let thread = later.message.thread, thread == earlier.message.id || thread == earlier.message.thread { return true }
        guard let first = earlier.actor.split(separator: " ").first?.lowercased(), first.count >= 3 else { return false }
        return TimelineText(later.message.text).sentences.contains { $0.tokens.contains(first) }
    }

    private static func objects(_ item: ClassifiedMessage) -> Set<String> {
        let phrase = TimelineText.phraseTokens(item.classification?.phrase ?? "").map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
        let tokens = TimelineText(item.message.text).sentences.flatMap(\.tokens).flatMap { token in
            token.contains("-") || token.contains("/") ? token.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init) : [token]
        }
        return Set(tokens.compactMap { token -> String? in
            guard token.count >= 3, !stopwords.contains(token), !phrase.contains(where: { token.hasPrefix($0) }) else { return nil }
            return token.hasSuffix("s") && token.count > 3 ? String(token.dropLast()) : token
        })
    }
}

import Foundation
import RetroModel

/// A remark in the channel that put the problem on a person or group rather than on the system:
/// noted blamelessly (when it was, that it attributed the problem to someone, and how the response
/// went on), never naming the person or repeating the remark.
///
/// A remark is a statement (not a question) whose sentence holds a blame cue from the vocabulary and
/// has a person as its subject: a responder's name (or its possessive, "Riley's change"), or one of
/// the vocabulary's blame subjects ("whoever", "the reviewer", "the backup team"). "We should have
/// alerted on this" is a team's own lesson, not blame, and raises nothing.
enum BlamefulRemarkSignal {
    static let firstPerson: Set<String> = ["we", "i", "im", "ive", "id", "us", "our"]

    static func find(
        _ items: [ClassifiedMessage], events: [TimelineEvent], subjects: [String], people: [Person], zone: TimeZone?
    ) -> [CommunicationSignal] {
        let flagged = items.indices.filter { items[$0].isHuman && items[$0].blameWords != nil }
        guard !flagged.isEmpty else { return [] }
        var persons = Set(subjects.map { $0.lowercased() })
        // The responders in the channel and everyone the incident file lists, by each part of their name.
        let names = items.indices.filter { items[$0].isHuman }.map { items[$0].actor } + people.map(\.name)
        for name in Set(names) {
            for part in name.lowercased().split(separator: " ") where part.count >= 3 {
                persons.insert(String(part))
                persons.insert(part + "s")
            }
        }
        var signals: [CommunicationSignal] = []
        for index in flagged {
            // "We should have paged Ben sooner" is the team's own lesson, whoever it names.
            guard let words = items[index].blameWords, !firstPerson.contains(words.first ?? ""), words.contains(where: persons.contains) else { continue }
            let at = items[index].message.at
            let next = events.first { $0.at > at && $0.origin != .incidentFile }
            var text = "At \(TimelineClock.time(at, zone: zone)) a remark in the channel attributed the problem to a person rather than to the system"
            if let next {
                text += "; the response went on with the next \(next.kind.rawValue) \(TimelineClock.span(next.at.timeIntervalSince(at))) later"
            }
            text += ". The remark is not repeated here; the review looks at the conditions behind the problem instead."
            signals.append(CommunicationSignal(kind: .blamefulRemark, at: at, text: text, sources: [items[index].message.source]))
        }
        return signals
    }
}

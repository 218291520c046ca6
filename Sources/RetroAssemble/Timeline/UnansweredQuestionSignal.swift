import Foundation
import RetroModel

/// A question from a responder that nobody else answered within the reply window.
///
/// A reply is any message from someone else in the same conversation: the question's thread
/// (replies to it, or the thread it was asked in), or for a question asked in the channel, the
/// channel itself. Deliberately lenient: a signal means the channel truly went quiet on it.
enum UnansweredQuestionSignal {
    static func find(_ items: [ClassifiedMessage], within window: TimeInterval, limit: Int) -> [CommunicationSignal] {
        var signals: [CommunicationSignal] = []
        for index in items.indices where items[index].isQuestion && items[index].isHuman {
            let question = items[index]
            let text = question.message.text
            guard text.split(whereSeparator: \.isWhitespace).count >= 3 else { continue }
            let deadline = question.message.at.addingTimeInterval(window)
            var answered = false
            // By index, not by copying each item (a big export holds many questions).
            for next in (index + 1)..<items.count {
                // Items are in time order, so the scan stops at the deadline.
                if items[next].message.at > deadline { break }
                if items[next].isHuman, items[next].actor != question.actor, sameConversation(question.message, items[next].message) {
                    answered = true
                    break
                }
            }
            guard !answered else { continue }
            signals.append(CommunicationSignal(
                kind: .unansweredQuestion, at: question.message.at,
                text: "A question had no reply within \(TimelineClock.span(window)): '\(TimelineClock.excerpt(text, limit: limit))'.",
                sources: [question.message.source]))
        }
        return signals
    }

    private static func sameConversation(_ question: Message, _ other: Message) -> Bool {
        if let thread = question.thread, thread != question.id {
            return other.thread == thread || other.id == thread
        }
        return other.thread == question.id || (other.thread == nil && other.channel == question.channel)
    }
}

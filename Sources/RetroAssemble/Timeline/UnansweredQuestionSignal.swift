import Foundation
import RetroModel

/// A question that asked someone for something and got no answer: read from who was asked, who
/// answered, where, and whether the answer relates to the question.
///
/// Two kinds of question count, the ones an incident commander would chase:
/// - **addressed**: it @-mentions a responder. The answer comes from that person (in the thread, or
///   in the channel when the message is not one of their own event reports, or opens like an
///   answer: "yes", "not yet", "sorry"), or from anyone else replying in the question's thread or
///   answering for them in the same conversation (a Zulip topic) on the question's subject.
///   When the same person is asked again before answering, the first asking is the signal, and the
///   sentence says it was repeated.
/// - **requests** ("should we clear the block?", "does anyone know who owns it?"): the answer is a reply in
///   its thread, or a message from someone else in the same conversation that shares a content word
///   with the question. "yes please" to a coffee offer does not answer it.
/// Social questions ("anyone want coffee?") and musings are neither.
enum UnansweredQuestionSignal {
    /// Openings that ask the team for a decision or a piece of work.
    static let requestStarts: [[String]] = [
        "should we", "should i", "shall we", "can we", "could we", "do we", "can someone", "could someone", "can anyone",
        "should someone", "do i need to", "do we need to", "is anyone", "does anyone", "does someone", "anyone know", "do you know",
    ].map(TimelineText.phraseTokens)

    /// Openings of a reply that answer whatever was asked just before.
    static let answerStarts: Set<String> = ["yes", "yeah", "yep", "yup", "no", "nope", "nah", "sorry", "ok", "okay", "sure", "done", "negative", "affirmative"]

    /// Words too common to show that a reply is about the question.
    static let common: Set<String> = [
        "should", "could", "would", "also", "just", "still", "only", "then", "that", "this", "with", "from", "have", "does", "what",
        "there", "they", "them", "about", "into", "over", "after", "some", "like", "will", "know", "back", "been", "were", "when",
        "which", "your", "ours", "their", "here", "anyone", "someone", "need", "want", "make", "sure", "it's", "its", "now", "yet",
    ]

    static func find(
        _ items: [ClassifiedMessage], within window: TimeInterval, limit: Int, directory: ActorDirectory, zone: TimeZone?
    ) -> [CommunicationSignal] {
        var signals: [CommunicationSignal] = []
        var repeats = Set<Int>()
        // Exports write mentions with the chat handle ("@haru"), which the incident file may not list.
        // Built only when some question mentions someone.
        var handles: [String: String] = [:]
        if items.contains(where: { $0.isQuestion && $0.message.text.utf8.contains(UInt8(ascii: "@")) }) {
            var seen = Set<String>()
            for index in items.indices where items[index].isHuman && seen.insert(items[index].message.author.id).inserted {
                handles[ActorDirectory.normalize(items[index].message.author.name)] = items[index].actor
                handles[ActorDirectory.normalize(items[index].message.author.id)] = items[index].actor
            }
        }
        // Each message's addressee and each handle's person, worked out once.
        var addresseeOf: [Int: String?] = [:]
        var shortHandles: [String: String?] = [:]
        let firstNames = Set(handles.values).map { name in (first: name.split(separator: " ").first.map { $0.lowercased() } ?? "", name: name) }
        func addresseeAt(_ index: Int) -> String? {
            if let known = addresseeOf[index] { return known }
            let found = addressee(of: items[index], directory: directory, handles: handles) { handle in
                if let known = shortHandles[handle] { return known }
                let matching = Set(firstNames.filter { $0.first.hasPrefix(handle) }.map(\.name))
                let result = matching.count == 1 ? matching.first : nil
                shortHandles[handle] = result
                return result
            }
            addresseeOf[index] = found
            return found
        }
        // A reply's content words, read once however many questions it follows.
        var contentOf: [Int: Set<String>] = [:]
        func replyContent(_ index: Int) -> Set<String> {
            if let known = contentOf[index] { return known }
            let words = Self.content(TimelineText(items[index].message.text).sentences)
            contentOf[index] = words
            return words
        }
        for index in items.indices where items[index].isQuestion && items[index].isHuman && !repeats.contains(index) {
            let question = items[index]
            let sentences = TimelineText(question.message.text).sentences
            let addressee = addresseeAt(index)
            guard addressee != nil || sentences.contains(where: { s in requestStarts.contains(where: s.starts) }) else { continue }
            let topic = addressee == nil ? content(sentences.filter { $0.endsWithQuestionMark || requestStarts.contains(where: $0.starts) }) : []
            let deadline = question.message.at.addingTimeInterval(window)
            var answered = false
            var askedAgain: Date?
            // By index, not by copying each message scanned: a busy channel holds many in ten minutes.
            for next in (index + 1)..<items.count {
                if items[next].message.at > deadline { break }
                guard items[next].isHuman else { continue }
                let inThread = replies(to: question.message, items[next].message)
                if let addressee {
                    if items[next].actor == addressee,
                       inThread || (sameConversation(question.message, items[next].message)
                           && answersInChannel(items[next], question: sentences, after: items[next].message.at.timeIntervalSince(question.message.at), asker: question.actor)) {
                        // An answer after the question was asked again still leaves the first asking unanswered.
                        answered = askedAgain == nil
                        break
                    }
                    // Someone answering for the addressee, in the thread or in the same conversation on its subject.
                    if items[next].actor != question.actor, inThread || items[next].actor != addressee,
                       inThread || (sameConversation(question.message, items[next].message) && !items[next].isQuestion
                           && (items[next].classification == nil || items[next].classification?.kind == .hypothesis)
                           && !content(sentences).isDisjoint(with: replyContent(next))) {
                        // An answer after the question was asked again still leaves the first asking unanswered.
                        answered = askedAgain == nil
                        break
                    }
                    if items[next].isQuestion, items[next].message.text.utf8.contains(UInt8(ascii: "@")), addresseeAt(next) == addressee {
                        askedAgain = askedAgain ?? items[next].message.at
                        repeats.insert(next)
                    }
                } else if items[next].actor != question.actor {
                    if inThread || (sameConversation(question.message, items[next].message) && !topic.isDisjoint(with: replyContent(next))) {
                        // An answer after the question was asked again still leaves the first asking unanswered.
                        answered = askedAgain == nil
                        break
                    }
                }
            }
            guard !answered else { continue }
            let excerpt = TimelineClock.excerpt(question.message.text, limit: limit)
            let text: String
            if let again = askedAgain {
                text = "A question addressed to one responder was asked again \(TimelineClock.span(again.timeIntervalSince(question.message.at))) later "
                    + "(at \(TimelineClock.time(again, zone: zone))) before it had an answer: '\(excerpt)'."
            } else if addressee != nil {
                text = "A question addressed to one responder had no answer from them within \(TimelineClock.span(window)): '\(excerpt)'."
            } else {
                text = "A request to the team had no related reply within \(TimelineClock.span(window)): '\(excerpt)'."
            }
            signals.append(CommunicationSignal(kind: .unansweredQuestion, at: question.message.at, text: text, sources: [question.message.source]))
        }
        return signals
    }

    /// The responder an @-mention names, when it is someone other than the asker: by the incident
    /// file's handles and names, by a chat handle or id, or by the start (three letters or more) of
    /// exactly one responder's first name ("@haru" for Haruto).
    static func addressee(
        of item: ClassifiedMessage, directory: ActorDirectory, handles: [String: String], shortened: (String) -> String?
    ) -> String? {
        guard item.message.text.utf8.contains(UInt8(ascii: "@")) else { return nil }
        for word in ChatWords.mentions(in: item.message.text) {
            let handle = word.drop(while: { $0 == "@" }).trimmingCharacters(in: .punctuationCharacters)
            let key = ActorDirectory.normalize(handle)
            if let name = directory.resolve(word: handle)?.name ?? handles[key] ?? (key.count >= 3 ? shortened(key) : nil), name != item.actor {
                return name
            }
        }
        return nil
    }

    /// An addressee's channel message answers when it opens like an answer or speaks to the asker.
    /// Chatter right after the question (within `promptly`), or on its subject, answers it; a later
    /// remark on something else ("consumer utilisation 98%") does not.
    private static func answersInChannel(_ reply: ClassifiedMessage, question: [TimelineText.Sentence], after gap: TimeInterval, asker: String) -> Bool {
        let sentences = TimelineText(reply.message.text).sentences
        if reply.classification == nil, gap <= promptly || !content(question).isDisjoint(with: content(sentences)) { return true }
        // A prompt report of what they see or think ("8gb -> 4gb, policy lru") answers what was asked.
        if gap <= promptly, let kind = reply.classification?.kind, kind == .detection || kind == .hypothesis || kind == .note { return true }
        let first = sentences.first?.tokens.first ?? ""
        if answerStarts.contains(first) { return true }
        let askerFirstName = asker.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return !askerFirstName.isEmpty && sentences.contains { $0.tokens.contains(askerFirstName) }
    }

    /// How soon an addressee's chatter reads as the answer to what they were just asked.
    static let promptly: TimeInterval = 2 * 60

    private static func content(_ sentences: [TimelineText.Sentence]) -> Set<String> {
        Set(sentences.flatMap(\.tokens).filter { $0.count >= 4 && !common.contains($0) && !DuplicateWorkSignal.stopwords.contains($0) })
    }

    /// A reply in the question's thread, or in the thread the question was asked in.
    private static func replies(to question: Message, _ other: Message) -> Bool {
        if other.thread == question.id { return true }
        if let thread = question.thread, thread != question.id { return other.thread == thread || other.id == thread }
        return false
    }

    private static func sameConversation(_ question: Message, _ other: Message) -> Bool {
        if let thread = question.thread, thread != question.id {
            return other.thread == thread || other.id == thread
        }
        return other.thread == nil && other.channel == question.channel && other.source.file == question.source.file
    }
}

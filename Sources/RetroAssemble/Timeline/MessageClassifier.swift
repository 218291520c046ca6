import Foundation
import RetroModel

/// Classifies chat messages with a `TimelineVocabulary`: deterministic, and every answer says why.
///
/// Rules, in order:
/// 1. Each sentence is searched for each entry's phrases; a phrase right after a negation
///    ("not", "didn't") in the same clause does not count.
/// 2. The first entry, in vocabulary order, that matches outside a question decides the kind.
/// 3. Actions, fixes and findings that only appear in questions ("should we roll back?") are
///    hypotheses, never key events; roles, acknowledgements and escalations asked about do not count.
/// 4. A pin or a key reaction makes the event key; a pinned message that matches nothing is a key note.
public struct MessageClassifier: Sendable {
    public let vocabulary: TimelineVocabulary
    private let compiled: [(entry: TimelineVocabulary.Entry, phrases: [(text: String, tokens: [String])])]
    private let negations: Set<String>
    private let questionStarts: [[String]]
    private let keyReactions: Set<String>

    /// Kinds whose mention in a question is a proposal, so a hypothesis.
    private static let proposalKinds: Set<TimelineEvent.Kind> = [.action, .mitigation, .resolution, .breakthrough, .communication]

    public init(vocabulary: TimelineVocabulary = .default) {
        self.vocabulary = vocabulary
        compiled = vocabulary.entries.map { entry in
            (entry, entry.phrases.map { ($0, TimelineText.phraseTokens($0)) }.filter { !$0.1.isEmpty })
        }
        negations = Set(vocabulary.negations.flatMap(TimelineText.phraseTokens))
        questionStarts = vocabulary.questionStarts.map(TimelineText.phraseTokens).filter { !$0.isEmpty }
        keyReactions = Set(vocabulary.keyReactions.map(Self.reactionName))
    }

    /// The message's classification, or nil when it is chatter.
    public func classify(_ message: Message) -> MessageClassification? {
        classify(text: message.text, pinned: message.pinned, reactions: message.reactions)
    }

    public func classify(text: String, pinned: Bool = false, reactions: [String] = []) -> MessageClassification? {
        let marker = keyMarker(pinned: pinned, reactions: reactions)
        var questionMatch: MessageClassification?
        var best: (index: Int, result: MessageClassification)?
        for sentence in TimelineText(text).sentences {
            let question = isQuestion(sentence)
            for (index, item) in compiled.enumerated() where best.map({ index < $0.index }) ?? true {
                guard let hit = firstMatch(item.phrases, in: sentence) else { continue }
                let entry = item.entry
                if question, entry.kind != .detection, entry.kind != .hypothesis {
                    if questionMatch == nil, Self.proposalKinds.contains(entry.kind) {
                        questionMatch = MessageClassification(
                            kind: .hypothesis, key: false, entryID: entry.id, phrase: hit.phrase,
                            reason: "'\(hit.phrase)' (\(entry.id)) is asked as a question, so it is a hypothesis")
                    }
                    continue
                }
                best = (index, MessageClassification(
                    kind: entry.kind, key: entry.key, entryID: entry.id, phrase: hit.phrase, role: entry.role,
                    handoff: entry.handoff, handoffTarget: entry.handoff ? hit.following : nil,
                    reason: "matched '\(hit.phrase)' (\(entry.id))"))
                break
            }
        }
        var result = best?.result ?? questionMatch
        if let marker {
            if result == nil {
                result = MessageClassification(kind: .note, key: true, reason: marker)
            } else {
                result?.key = true
                result?.reason += "; \(marker)"
            }
        }
        return result
    }

    /// Whether any sentence of the text is a question.
    public func isQuestion(_ text: String) -> Bool {
        TimelineText(text).sentences.contains(where: isQuestion)
    }

    private func isQuestion(_ sentence: TimelineText.Sentence) -> Bool {
        if sentence.endsWithQuestionMark { return true }
        let tokens = sentence.tokens
        return questionStarts.contains { start in tokens.count >= start.count && Array(tokens.prefix(start.count)) == start }
    }

    private func firstMatch(_ phrases: [(text: String, tokens: [String])], in sentence: TimelineText.Sentence) -> (phrase: String, following: String?)? {
        for clause in sentence.clauses {
            for phrase in phrases {
                let n = phrase.tokens.count
                guard clause.count >= n else { continue }
                for start in 0...(clause.count - n) where Self.matches(phrase.tokens, clause, at: start) {
                    let before = clause[max(0, start - 2)..<start]
                    if before.contains(where: negations.contains) { continue }
                    return (phrase.text, start + n < clause.count ? clause[start + n] : nil)
                }
            }
        }
        return nil
    }

    private static func matches(_ phrase: [String], _ tokens: [String], at start: Int) -> Bool {
        for (offset, want) in phrase.enumerated() {
            let have = tokens[start + offset]
            if want.hasSuffix("*") {
                guard have.hasPrefix(want.dropLast()) else { return false }
            } else if have != want {
                return false
            }
        }
        return true
    }

    private func keyMarker(pinned: Bool, reactions: [String]) -> String? {
        if pinned { return "pinned" }
        if let reaction = reactions.first(where: { keyReactions.contains(Self.reactionName($0)) }) { return "reacted with '\(reaction)'" }
        return nil
    }

    /// `:pushpin:`, `pushpin` and `Pushpin` are the same reaction.
    private static func reactionName(_ raw: String) -> String {
        raw.trimmingCharacters(in: .init(charactersIn: ":")).lowercased()
    }
}

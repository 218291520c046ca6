import Foundation
import RetroModel

/// Classifies chat messages with a `TimelineVocabulary`: deterministic, and every answer says why.
///
/// Rules, in order:
/// 1. Each sentence is searched for each entry's phrases; a phrase right after a negation
///    ("not", "didn't") in the same clause does not count, nor does one in a clause holding one
///    of the entry's look-alikes ("resolved to 10.0.0.7").
/// 2. The first entry, in vocabulary order, that matches outside a question decides the kind.
/// 3. Actions, fixes and findings that only appear in questions ("should we roll back?") are
///    hypotheses, never key events; roles, acknowledgements and escalations asked about do not count,
///    nor do questions that check on the past ("did someone just repeat the restart?").
/// 4. A short closing statement that rules a cause out after the evidence ("offset < 5ms. not skew")
///    is a hypothesis, ruled out.
/// 5. A pin or a key reaction makes the event key; a pinned message that matches nothing is a key note.
public struct MessageClassifier: Sendable {
    public let vocabulary: TimelineVocabulary
    private let phrases: PhraseIndex
    private let negations: Set<String>
    private let questionStarts: [[String]]
    private let keyReactions: Set<String>
    private let blameCues: PhraseIndex

    /// Openings of a question about what already happened: a check, not a proposal.
    private static let checkStarts: Set<String> = ["did", "has", "have", "was", "were", "had"]

    /// Kinds whose mention in a question is a proposal, so a hypothesis.
    private static let proposalKinds: Set<TimelineEvent.Kind> = [.action, .mitigation, .resolution, .breakthrough, .communication]

    public init(vocabulary: TimelineVocabulary = .default) {
        self.vocabulary = vocabulary
        phrases = PhraseIndex(vocabulary.entries)
        negations = Set(vocabulary.negations.flatMap(TimelineText.phraseTokens))
        questionStarts = vocabulary.questionStarts.map(TimelineText.phraseTokens).filter { !$0.isEmpty }
        keyReactions = Set(vocabulary.keyReactions.map(Self.reactionName))
        blameCues = PhraseIndex([TimelineVocabulary.Entry(id: "blame", kind: .note, key: false, phrases: vocabulary.blameCues)])
    }

    /// The message's classification, or nil when it is chatter.
    public func classify(_ message: Message) -> MessageClassification? {
        classify(text: message.text, pinned: message.pinned, reactions: message.reactions)
    }

    public func classify(text: String, pinned: Bool = false, reactions: [String] = []) -> MessageClassification? {
        analyze(text: text, pinned: pinned, reactions: reactions).classification
    }

    /// The classification and whether the text asks a question, from one reading of the text.
    func analyze(text: String, pinned: Bool, reactions: [String]) -> MessageReading {
        marked(read(text), pinned: pinned, reactions: reactions)
    }

    /// What the words of `text` alone say: a pure function of the text, so a caller may reuse it
    /// for every message with the same text.
    func read(_ text: String) -> MessageReading {
        var statement: PhraseIndex.Hit?
        var proposal: PhraseIndex.Hit?
        var asks = false
        var blameSentence: [String]?
        let sentences = TimelineText(text).sentences
        for sentence in sentences {
            let question = isQuestion(sentence)
            asks = asks || question
            if blameSentence == nil, !question, !blameCues.hits(in: sentence.clauses, negations: []).isEmpty { blameSentence = sentence.tokens }
            for hit in phrases.hits(in: sentence.clauses, negations: negations) {
                let kind = vocabulary.entries[hit.entry].kind
                if question, kind != .detection, kind != .hypothesis {
                    if Self.proposalKinds.contains(kind), !Self.checkStarts.contains(sentence.tokens.first ?? ""), proposal.map({ hit.entry < $0.entry }) ?? true { proposal = hit }
                } else if statement.map({ hit.entry < $0.entry }) ?? true {
                    statement = hit
                }
            }
        }
        var result: MessageClassification?
        if statement == nil, proposal == nil, sentences.count >= 2, let last = sentences.last, !last.endsWithQuestionMark,
           last.tokens.first == "not", (2...4).contains(last.tokens.count) {
            result = MessageClassification(
                kind: .hypothesis, key: false, entryID: "ruled-out", phrase: last.tokens.joined(separator: " "), label: "ruled-out cause",
                reason: "a closing 'not …' after the evidence rules a cause out")
        } else if let hit = statement {
            let entry = vocabulary.entries[hit.entry]
            result = MessageClassification(
                kind: entry.kind, key: entry.key, entryID: entry.id, phrase: hit.phrase, label: entry.label ?? entry.id, role: entry.role,
                handoff: entry.handoff, handoffTarget: entry.handoff ? (entry.namedBefore ? hit.preceding : hit.following) : nil,
                reason: "matched '\(hit.phrase)' (\(entry.id))")
        } else if let hit = proposal {
            let entry = vocabulary.entries[hit.entry]
            result = MessageClassification(
                kind: .hypothesis, key: false, entryID: entry.id, phrase: hit.phrase,
                reason: "'\(hit.phrase)' (\(entry.id)) is asked as a question, so it is a hypothesis")
        }
        return MessageReading(classification: result, isQuestion: asks, blameWords: blameSentence)
    }

    /// `reading` made key by a pin or a key reaction.
    func marked(
        _ reading: MessageReading, pinned: Bool, reactions: [String]
    ) -> MessageReading {
        var result = reading.classification
        if let marker = keyMarker(pinned: pinned, reactions: reactions) {
            if result == nil {
                result = MessageClassification(kind: .note, key: true, reason: marker)
            } else {
                result?.key = true
                result?.reason += "; \(marker)"
            }
        }
        var marked = reading
        marked.classification = result
        return marked
    }

    /// Whether any sentence of the text is a question.
    public func isQuestion(_ text: String) -> Bool {
        TimelineText(text).sentences.contains(where: isQuestion)
    }

    private func isQuestion(_ sentence: TimelineText.Sentence) -> Bool {
        if sentence.endsWithQuestionMark { return true }
        return questionStarts.contains(where: sentence.starts)
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

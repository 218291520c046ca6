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
/// 5. A message that opens with a label ("root cause: …", "trying: …", "eta: …") is the kind the
///    vocabulary gives that label, whatever its phrases: the author marked it. Short forms (`rb`)
///    are read as the words they stand for.
/// 6. A question that opens "who …" and ends "?!" is rhetorical: read for blame, not as a request.
/// 7. A pin or a key reaction makes the event key; a pinned message that matches nothing is a key note.
public struct MessageClassifier: Sendable {
    public let vocabulary: TimelineVocabulary
    private let phrases: PhraseIndex
    private let negations: Set<String>
    private let questionStarts: [[String]]
    private let keyReactions: Set<String>
    private let blameCues: PhraseIndex
    private let abbreviations: [String: [String]]
    /// Label prefixes by their words; the longest is at most `longestLabel` words.
    private let labels: [String: TimelineEvent.Kind?]
    private let longestLabel: Int

    /// Kinds whose derived event is key by default: the milestones and turning points.
    static let keyKinds: Set<TimelineEvent.Kind> = [.handover, .breakthrough, .decision, .mitigation, .resolution]

    /// Openings of a question about what already happened: a check, not a proposal.
    private static let checkStarts: Set<String> = ["did", "has", "have", "was", "were", "had"]

    /// Words that open a guess: what follows is offered as a cause, not reported as done.
    private static let hedges: Set<String> = ["maybe", "perhaps", "possibly", "probably", "might", "could", "suspect", "theory", "guess"]
    /// Kinds a hedge turns into a hypothesis ("maybe the deploy yesterday …"); milestones stay what they are.
    private static let hedgeable: Set<TimelineEvent.Kind> = [.action, .detection, .communication, .hypothesis]

    /// Kinds whose mention in a question is a proposal, so a hypothesis.
    private static let proposalKinds: Set<TimelineEvent.Kind> = [.action, .mitigation, .resolution, .breakthrough, .communication]

    public init(vocabulary: TimelineVocabulary = .default) {
        self.vocabulary = vocabulary
        phrases = PhraseIndex(vocabulary.entries)
        negations = Set(vocabulary.negations.flatMap(TimelineText.phraseTokens))
        questionStarts = vocabulary.questionStarts.map(TimelineText.phraseTokens).filter { !$0.isEmpty }
        keyReactions = Set(vocabulary.keyReactions.map(Self.reactionName))
        blameCues = PhraseIndex([TimelineVocabulary.Entry(id: "blame", kind: .note, key: false, phrases: vocabulary.blameCues)])
        abbreviations = vocabulary.abbreviations.mapValues { $0.split(separator: " ").map(String.init) }
        labels = vocabulary.labelPrefixes
        longestLabel = vocabulary.labelPrefixes.keys.map { $0.split(separator: " ").count }.max() ?? 0
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
        let rhetorical = Self.exclaimedQuestion(text)
        let addressed = text.utf8.contains(UInt8(ascii: "@"))
        var hedged = false
        for (position, sentence) in sentences.enumerated() {
            let question = isQuestion(sentence)
            asks = asks || question
            if blameSentence == nil, question, rhetorical, sentence.tokens.first == "who" { blameSentence = sentence.tokens }
            if blameSentence == nil, !question, !blameCues.hits(in: sentence.clauses, negations: []).isEmpty { blameSentence = sentence.tokens }
            let clauses = abbreviations.isEmpty ? sentence.clauses : expanded(sentence.clauses)
            if position == 0, let opening = clauses.first?.first, Self.hedges.contains(opening) { hedged = !question }
            for hit in phrases.hits(in: clauses, negations: negations) {
                let kind = vocabulary.entries[hit.entry].kind
                if question, kind != .detection, kind != .hypothesis {
                    // A question @-addressed to someone asks them; it proposes nothing to the team.
                    if Self.proposalKinds.contains(kind), !addressed, !Self.checkStarts.contains(sentence.tokens.first ?? ""), proposal.map({ hit.entry < $0.entry }) ?? true { proposal = hit }
                } else if statement.map({ hit.entry < $0.entry }) ?? true {
                    statement = hit
                }
            }
        }
        var result: MessageClassification?
        if let (label, kind) = labelPrefix(text) {
            result = kind.map { kind in
                // The phrase found is kept when it names the same kind: "trying: restart the workers" is a restart.
                let same = statement.flatMap { vocabulary.entries[$0.entry].kind == kind ? $0 : nil }
                return MessageClassification(
                    kind: kind, key: Self.keyKinds.contains(kind), entryID: same.map { vocabulary.entries[$0.entry].id },
                    phrase: same?.phrase, label: same.flatMap { vocabulary.entries[$0.entry].label },
                    role: same.flatMap { vocabulary.entries[$0.entry].role }, reason: "opens with the label '\(label):'")
            }
        } else if statement == nil, proposal == nil, sentences.count >= 2, let last = sentences.last, !last.endsWithQuestionMark,
           last.tokens.first == "not", (2...4).contains(last.tokens.count) {
            result = MessageClassification(
                kind: .hypothesis, key: false, entryID: "ruled-out", phrase: last.tokens.joined(separator: " "), label: "ruled-out cause",
                reason: "a closing 'not …' after the evidence rules a cause out")
        } else if statement == nil, proposal == nil, !asks, sentences.contains(where: { Self.numericChange($0.tokens) }) {
            result = MessageClassification(
                kind: .detection, key: false, entryID: "metric-change", label: "metric change",
                reason: "reports a measure moving from one value to another")
        } else if hedged, let hit = statement, Self.hedgeable.contains(vocabulary.entries[hit.entry].kind) {
            result = MessageClassification(
                kind: .hypothesis, key: false, entryID: "hypothesis", phrase: hit.phrase,
                reason: "opens with a hedge, so '\(hit.phrase)' is offered as a possible cause")
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

    /// The label the text opens with (`root cause: …`) and the kind the vocabulary gives it.
    private func labelPrefix(_ text: String) -> (String, TimelineEvent.Kind?)? {
        guard longestLabel > 0 else { return nil }
        let utf8 = text.utf8
        // The label ends at the first ': ' within a few words, before any sentence ends.
        var end: String.Index?
        var index = utf8.startIndex
        var scanned = 0
        while index != utf8.endIndex, scanned < 48 {
            let byte = utf8[index]
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == 0x0A { return nil }
            if byte == UInt8(ascii: ".") {
                let next = utf8.index(after: index)
                if next == utf8.endIndex || utf8[next] == 0x20 { return nil }
            }
            if byte == UInt8(ascii: ":") {
                let next = utf8.index(after: index)
                if next == utf8.endIndex || utf8[next] == 0x20 { end = index }
                break
            }
            index = utf8.index(after: index)
            scanned += 1
        }
        guard let end else { return nil }
        let words = TimelineText.phraseTokens(String(text[..<end]))
        guard !words.isEmpty, words.count <= max(longestLabel, 4) else { return nil }
        let whole = words.joined(separator: " ")
        if let kind = labels[whole] { return (whole, kind) }
        if let last = words.last, let kind = labels[last] { return (last, kind) }
        return nil
    }

    /// The clauses with short forms written out (`rb` as `rollback`).
    private func expanded(_ clauses: [[String]]) -> [[String]] {
        guard clauses.contains(where: { $0.contains { abbreviations[$0] != nil } }) else { return clauses }
        return clauses.map { clause in clause.flatMap { abbreviations[$0] ?? [$0] } }
    }

    /// "94% -> 31%", "from ~2% to 18%": a measure reported moving, as a symptom is.
    static func numericChange(_ tokens: [String]) -> Bool {
        func numeric(_ token: String) -> Bool { token.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "~") } ?? false }
        for (i, token) in tokens.enumerated() {
            if token == "->" || token == "-" || token == "→", i > 0, i + 1 < tokens.count, numeric(tokens[i - 1]), numeric(tokens[i + 1]) { return true }
            if token == "from", i + 3 < tokens.count, numeric(tokens[i + 1]), tokens[i + 2] == "to", numeric(tokens[i + 3]) { return true }
        }
        return false
    }

    /// "?!" or "!?": a question asked as an exclamation.
    private static func exclaimedQuestion(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == UInt8(ascii: "?") && byte == UInt8(ascii: "!")) || (previous == UInt8(ascii: "!") && byte == UInt8(ascii: "?")) { return true }
            previous = byte
        }
        return false
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

import Foundation
import RetroModel

/// The words that classify chat messages into timeline events: data, not code.
///
/// The built-in vocabulary lives in `TimelineVocabulary+Default.swift` as JSON; a team extends it
/// with its own file in the same shape, whose entries are tried before the built-in ones.
public struct TimelineVocabulary: Sendable, Equatable {
    /// One group of phrases that mean the same thing.
    public struct Entry: Sendable, Equatable, Codable {
        /// A stable name, used in explanations and to recognise the same action twice (`restart`).
        public var id: String
        public var kind: TimelineEvent.Kind
        /// Whether a match makes the event a key event.
        public var key: Bool
        public var phrases: [String]
        /// For `role` entries: the role declared (`incident_commander`, `communications`, `scribe`).
        public var role: String?
        /// For `role` entries: the phrase hands the role to someone else ("handing IC to Ben").
        public var handoff: Bool
        /// For handoffs: the recipient is named before the phrase ("Kenji is IC from now"), not after it.
        public var namedBefore: Bool
        /// How sentences name what the entry describes ("restart"); the id when absent.
        public var label: String?
        /// Wordings that look like the entry but are not it ("resolved to" an address, pods that
        /// "keep restarting"): a clause holding one of these never matches the entry.
        public var unless: [String]

        public init(
            id: String, kind: TimelineEvent.Kind, key: Bool, phrases: [String], role: String? = nil, handoff: Bool = false,
            label: String? = nil, unless: [String] = [], namedBefore: Bool = false
        ) {
            self.namedBefore = namedBefore
            self.id = id
            self.kind = kind
            self.key = key
            self.phrases = phrases
            self.role = role
            self.handoff = handoff
            self.label = label
            self.unless = unless
        }

        enum CodingKeys: String, CodingKey {
            case id, kind, key, phrases, role, handoff, label, unless
            case namedBefore = "named_before"
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            kind = try c.decode(TimelineEvent.Kind.self, forKey: .kind)
            key = try c.decodeIfPresent(Bool.self, forKey: .key) ?? false
            phrases = try c.decode([String].self, forKey: .phrases)
            role = try c.decodeIfPresent(String.self, forKey: .role)
            handoff = try c.decodeIfPresent(Bool.self, forKey: .handoff) ?? false
            namedBefore = try c.decodeIfPresent(Bool.self, forKey: .namedBefore) ?? false
            label = try c.decodeIfPresent(String.self, forKey: .label)
            unless = try c.decodeIfPresent([String].self, forKey: .unless) ?? []
        }
    }

    public var entries: [Entry]
    /// Words that cancel a phrase when they come just before it ("not rolling back").
    public var negations: [String]
    /// Openings that make a sentence a question even without a question mark.
    public var questionStarts: [String]
    /// Reactions that mark a message as a key event (`pushpin`, `📌`, `stopwatch`).
    public var keyReactions: [String]
    /// Wordings that put an outcome on someone ("should have", "dropped the ball", "this is on").
    public var blameCues: [String]
    /// Words that make a blame cue's subject a person or group ("whoever", "team", "reviewer"),
    /// besides the responders' own names.
    public var blameSubjects: [String]
    /// The labels a message may open with, `label: rest` ("root cause: …", "trying: …"), and the
    /// kind each makes the message: the author's own marking, read before any phrase. A label
    /// of kind nil ("eta: …", "fyi: …") marks the message as chatter.
    public var labelPrefixes: [String: TimelineEvent.Kind?]
    /// Short forms read as the word they stand for before phrases are matched (`rb` as `rollback`).
    public var abbreviations: [String: String]

    public init(
        entries: [Entry] = [], negations: [String] = [], questionStarts: [String] = [], keyReactions: [String] = [],
        blameCues: [String] = [], blameSubjects: [String] = [], labelPrefixes: [String: TimelineEvent.Kind?] = [:],
        abbreviations: [String: String] = [:]
    ) {
        self.entries = entries
        self.negations = negations
        self.questionStarts = questionStarts
        self.keyReactions = keyReactions
        self.blameCues = blameCues
        self.blameSubjects = blameSubjects
        self.labelPrefixes = labelPrefixes
        self.abbreviations = abbreviations
    }

    /// The vocabulary retro ships with.
    public static let `default`: TimelineVocabulary = {
        // The built-in JSON is tested to decode; an empty vocabulary is the safe fallback.
        (try? TimelineVocabulary(json: Data(defaultJSON.utf8), path: "built-in timeline vocabulary")) ?? TimelineVocabulary()
    }()

    /// Decodes a vocabulary file. Every field is optional, so a user file may hold only `entries`.
    public init(json: Data, path: String) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: json)
        } catch let DecodingError.dataCorrupted(context) {
            let kinds = TimelineEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(path: path, jsonPath: Self.jsonPath(context.codingPath), "This value could not be read: \(context.debugDescription)", hint: "the file must be JSON; kinds are \(kinds)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(path: path, jsonPath: Self.jsonPath(context.codingPath), "'\(key.stringValue)' is missing.", hint: "each entry needs 'id', 'kind' and 'phrases'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let kinds = TimelineEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(path: path, jsonPath: Self.jsonPath(context.codingPath), "This value has the wrong type: \(context.debugDescription)", hint: "kinds are \(kinds)")
        }
        var prefixes: [String: TimelineEvent.Kind?] = [:]
        for (label, kind) in file.labelPrefixes ?? [:] {
            let words = TimelineText.phraseTokens(label).joined(separator: " ")
            if kind == "none" {
                prefixes[words] = .some(nil)
            } else if let known = TimelineEvent.Kind(rawValue: kind) {
                prefixes[words] = known
            } else {
                let kinds = TimelineEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError(path: path, jsonPath: "$.label_prefixes.\(label)", "'\(kind)' is not an event kind.", hint: "use none or one of \(kinds)")
            }
        }
        var abbreviations: [String: String] = [:]
        for (short, long) in file.abbreviations ?? [:] {
            guard let word = TimelineText.phraseTokens(short).first else { continue }
            abbreviations[word] = TimelineText.phraseTokens(long).joined(separator: " ")
        }
        self.init(
            entries: file.entries ?? [], negations: file.negations ?? [], questionStarts: file.questionStarts ?? [], keyReactions: file.keyReactions ?? [],
            blameCues: file.blameCues ?? [], blameSubjects: file.blameSubjects ?? [], labelPrefixes: prefixes, abbreviations: abbreviations)
    }

    /// This vocabulary with `other`'s entries tried first and its word lists added.
    public func extended(with other: TimelineVocabulary) -> TimelineVocabulary {
        TimelineVocabulary(
            entries: other.entries + entries,
            negations: Self.union(negations, other.negations),
            questionStarts: Self.union(questionStarts, other.questionStarts),
            keyReactions: Self.union(keyReactions, other.keyReactions),
            blameCues: Self.union(blameCues, other.blameCues),
            blameSubjects: Self.union(blameSubjects, other.blameSubjects),
            labelPrefixes: labelPrefixes.merging(other.labelPrefixes) { _, theirs in theirs },
            abbreviations: abbreviations.merging(other.abbreviations) { _, theirs in theirs })
    }

    /// This vocabulary with more entries, tried before the existing ones.
    public func adding(_ more: [Entry]) -> TimelineVocabulary {
        extended(with: TimelineVocabulary(entries: more))
    }

    private struct File: Decodable {
        var entries: [Entry]?
        var negations: [String]?
        var questionStarts: [String]?
        var keyReactions: [String]?
        var blameCues: [String]?
        var blameSubjects: [String]?
        var labelPrefixes: [String: String]?
        var abbreviations: [String: String]?
        enum CodingKeys: String, CodingKey {
            case abbreviations
            case labelPrefixes = "label_prefixes"
            case entries, negations
            case questionStarts = "question_starts"
            case keyReactions = "key_reactions"
            case blameCues = "blame_cues"
            case blameSubjects = "blame_subjects"
        }
    }

    private static func union(_ a: [String], _ b: [String]) -> [String] {
        a + b.filter { !a.contains($0) }
    }

    private static func jsonPath(_ path: [CodingKey]) -> String {
        path.reduce("$") { text, key in key.intValue.map { "\(text)[\($0)]" } ?? "\(text).\(key.stringValue)" }
    }
}

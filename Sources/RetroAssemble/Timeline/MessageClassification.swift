import RetroModel

/// What a chat message is on the timeline, and why: the classifier's answer, kept explainable.
public struct MessageClassification: Sendable, Equatable {
    public var kind: TimelineEvent.Kind
    public var key: Bool
    /// The vocabulary entry that matched, when one did (`rollback`, `incident-commander`).
    public var entryID: String?
    /// The phrase as written in the vocabulary.
    public var phrase: String?
    /// How sentences name the matched entry ("restart", "scale-up").
    public var label: String?
    /// For role declarations: the role taken or handed over.
    public var role: String?
    /// The phrase hands a role to someone else.
    public var handoff: Bool
    /// For handoffs: the word that follows the phrase ("ben" in "handing IC to @ben").
    public var handoffTarget: String?
    /// A sentence for `retro timeline` and the tests: "matched 'rolling back' (rollback)".
    public var reason: String

    public init(
        kind: TimelineEvent.Kind, key: Bool, entryID: String? = nil, phrase: String? = nil, label: String? = nil, role: String? = nil,
        handoff: Bool = false, handoffTarget: String? = nil, reason: String
    ) {
        self.kind = kind
        self.key = key
        self.entryID = entryID
        self.phrase = phrase
        self.label = label
        self.role = role
        self.handoff = handoff
        self.handoffTarget = handoffTarget
        self.reason = reason
    }
}

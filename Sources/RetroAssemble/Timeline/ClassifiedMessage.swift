import RetroModel

/// A chat message with its author's display name and, when it is an event, its classification.
struct ClassifiedMessage {
    var message: Message
    var actor: String
    var classification: MessageClassification?
    /// Some sentence of the message asks a question.
    var isQuestion: Bool
    /// The words of the sentence holding a blame cue ("should have", "dropped the ball"), when one does.
    var blameWords: [String]?
    /// Position among the inputs, to keep ties in source order.
    var order: Int

    /// Ordinary, visible, human-written content: what counts as a reply or as chatter.
    var isHuman: Bool { message.kind == .message && !message.bot && !message.deleted }
}

import RetroModel

/// What the words of one message say, read once per distinct text.
struct MessageReading {
    var classification: MessageClassification?
    /// Some sentence of the message asks a question.
    var isQuestion: Bool
    /// The words of the first statement holding a blame cue, for `BlamefulRemarkSignal` to check its subject.
    var blameWords: [String]?
}

/// One stretch of sensitive content found in a text.
public struct SensitiveSpan: Sendable, Equatable {
    public var range: Range<String.Index>
    public var kind: SensitiveKind
    /// The matched text, as written.
    public var text: String

    public init(range: Range<String.Index>, kind: SensitiveKind, text: String) {
        self.range = range
        self.kind = kind
        self.text = text
    }
}

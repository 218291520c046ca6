import RetroModel

/// How much `Redactor` removes. Each level includes the ones before it, except that `pii`
/// leaves names alone: `names` and `pii` are independent, and `all` is both plus the inside of
/// the organisation (internal hosts, internal links, chat permalinks).
public enum RedactionLevel: String, Sendable, CaseIterable {
    case none, names, pii, all

    /// True when people are replaced by roles or pseudonyms.
    public var replacesNames: Bool { self == .names || self == .all }

    /// The kinds of span removed and replaced by a placeholder.
    public var removedKinds: Set<SensitiveKind> {
        switch self {
        case .none, .names: []
        case .pii: SensitiveKind.pii
        case .all: SensitiveKind.pii.union(SensitiveKind.infrastructure)
        }
    }
}

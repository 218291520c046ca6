/// What kind of sensitive content a span holds.
public enum SensitiveKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case email
    /// IPv4 or IPv6 address (private RFC 1918 addresses included).
    case ipAddress = "ip_address"
    case phone
    /// Tokens, keys, passwords, private keys, bearer and authorization values.
    case secret
    /// A URL that carries a user name and password (`postgres://user:pass@host`).
    case credentialURL = "credential_url"
    /// A host name inside the organisation (`db-7.payments.internal`).
    case internalHost = "internal_host"
    /// A URL whose host is internal.
    case internalURL = "internal_url"
    /// A link to one chat message (Slack, Teams, Discord, Mattermost).
    case chatPermalink = "chat_permalink"
    /// A tracker key such as `PAY-1234`, or the incident's own id.
    case ticketKey = "ticket_key"
    /// An internal service name or jargon from the incident file.
    case internalTerm = "internal_term"
    /// A known person's name, id or alias.
    case person
    /// An `@handle` or a `<@U123>` mention.
    case handle

    /// Personal data and credentials: what `--redact pii` removes.
    public static let pii: Set<SensitiveKind> = [.email, .ipAddress, .phone, .secret, .credentialURL]
    /// Where the organisation's inside shows: what `--redact all` removes on top of names and PII.
    public static let infrastructure: Set<SensitiveKind> = [.internalHost, .internalURL, .chatPermalink]

    /// The text left in place of a removed span.
    public var placeholder: String {
        switch self {
        case .email: "[email removed]"
        case .ipAddress: "[IP address removed]"
        case .phone: "[phone number removed]"
        case .secret: "[secret removed]"
        case .credentialURL: "[URL with credentials removed]"
        case .internalHost: "[internal host removed]"
        case .internalURL: "[internal link removed]"
        case .chatPermalink: "[chat link removed]"
        case .ticketKey: "[ticket removed]"
        case .internalTerm: "[internal name removed]"
        case .person, .handle: "[name removed]"
        }
    }
}

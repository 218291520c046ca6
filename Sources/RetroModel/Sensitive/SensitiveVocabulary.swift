/// What the scanner knows about one incident: its internal names and its people.
///
/// Without a vocabulary the scanner still finds e-mails, IPs, phone numbers, secrets, URLs
/// with credentials, chat permalinks, ticket keys, `@handles` and hosts under generic internal
/// suffixes (`.internal`, `.local`, `.corp`, `.lan`).
public struct SensitiveVocabulary: Sendable, Equatable {
    public var internalNames: InternalNames
    /// Full names, first names, chat display names, user ids and aliases of people.
    public var people: [String]
    /// Keys that do not have the `PROJ-123` shape but are tracker ids all the same (the incident id).
    public var ticketKeys: [String]

    public init(internalNames: InternalNames = InternalNames(), people: [String] = [], ticketKeys: [String] = []) {
        self.internalNames = internalNames
        self.people = people
        self.ticketKeys = ticketKeys
    }
}

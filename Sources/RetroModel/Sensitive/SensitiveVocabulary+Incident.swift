extension SensitiveVocabulary {
    /// The vocabulary of one incident: its `internal:` names, the services that read as
    /// identifiers, its people (names, first names, ids, aliases), the chat authors and the
    /// alert actors that look like people, and its own id as a ticket key.
    public init(incident: Incident, messages: [Message] = [], alerts: [AlertEvent] = []) {
        var names = incident.internalNames
        names.names += incident.services.filter(Self.looksLikeIdentifier)
        var people: [String] = []
        for person in incident.people {
            people += [person.id, person.name] + person.aliases + Self.firstName(of: person.name)
        }
        // An author's later messages add nothing the first did not (a big export has few authors).
        var authors: [String: Set<String>] = [:]
        for message in messages where !message.bot && message.kind == .message {
            guard authors[message.author.id, default: []].insert(message.author.name).inserted else { continue }
            people += [message.author.id, message.author.name] + Self.firstName(of: message.author.name)
        }
        for alert in alerts {
            if let actor = alert.actor, Self.looksLikePersonName(actor) { people += [actor] + Self.firstName(of: actor) }
        }
        var seen = Set<String>()
        self.init(
            internalNames: names, people: people.filter { Self.canName($0) && seen.insert($0).inserted },
            ticketKeys: [incident.id].filter { !$0.isEmpty })
    }

    /// False for a key without a letter (Zulip's and Mattermost's numeric user ids): it names no one
    /// in prose and would match every figure and time ("10:25 to 11:23").
    public static func canName(_ key: String) -> Bool {
        key.contains(where: \.isLetter)
    }

    /// `payments-api`, `db_7`, `svc.payments`, `s3`: names no plain word takes; "checkout" is not.
    public static func looksLikeIdentifier(_ name: String) -> Bool {
        !name.contains(" ") && name.contains { $0 == "-" || $0 == "_" || $0 == "." || $0.isNumber }
    }

    /// "Dana Ortiz", "Sam O'Neil": two or more capitalised words and no digits.
    public static func looksLikePersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
    }

    /// The first word of a multi-word name, when it is long enough to mean someone.
    static func firstName(of name: String) -> [String] {
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.count >= 2, first.first?.isUppercase == true else { return [] }
        return [String(first)]
    }
}

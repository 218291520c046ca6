/// Who and where, from a Slack export's users.json and channel lists: ids → readable names.
struct SlackDirectory: Sendable {
    struct Channel: Sendable, Equatable {
        var id: String
        var name: String
    }

    var users: [String: String] = [:]
    var channels: [Channel] = []

    init() {}

    /// Reads users.json (an array of user objects); other shapes add nothing.
    mutating func addUsers(_ json: Any) {
        guard let list = json as? [Any] else { return }
        for case let user as [String: Any] in list {
            guard let id = user.text("id") else { continue }
            if let name = Self.name(of: user) { users[id] = name }
        }
    }

    /// Reads channels.json, groups.json, dms.json or mpims.json.
    mutating func addChannels(_ json: Any) {
        guard let list = json as? [Any] else { return }
        for case let channel as [String: Any] in list {
            guard let id = channel.text("id") else { continue }
            channels.append(Channel(id: id, name: channel.text("name") ?? id))
        }
    }

    /// The readable name of a user object: real name, then display name, then the handle.
    static func name(of user: [String: Any]) -> String? {
        let profile = user.object("profile") ?? [:]
        return user.text("real_name") ?? profile.text("real_name") ?? profile.text("display_name")
            ?? user.text("display_name") ?? user.text("name")
    }

    var markup: SlackMarkup {
        SlackMarkup(users: users, channels: Dictionary(channels.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }
}

import RetroModel

/// The metadata files of a Slack export (users.json, channels.json, dms.json, mpims.json), which
/// are recognised so that giving one alone gets a useful message instead of "unknown format".
enum SlackExportMetadata {
    enum Kind: String {
        case users = "a list of users"
        case channels = "a list of channels"
        case directMessages = "a list of direct-message conversations"
    }

    static func kind(of json: Any?) -> Kind? {
        guard let list = json as? [Any], let first = list.first as? [String: Any], first["ts"] == nil, first["id"] is String else { return nil }
        if first["profile"] != nil || first["real_name"] != nil || first["is_bot"] != nil { return .users }
        if first["members"] != nil, first["created"] != nil {
            return first["name"] == nil && first["is_general"] == nil ? .directMessages : .channels
        }
        if first["is_general"] != nil || first["is_archived"] != nil { return .channels }
        return nil
    }

    static func refusal(for input: SourceInput) -> InputError {
        if let list = input.json as? [Any], (list.first as? [String: Any])?["ts"] != nil {
            return InputError(
                path: input.displayPath, jsonPath: "$", "This is one day file of a Slack export, not the export itself.",
                hint: "pass the whole export folder or its .zip, or read this one file with --as slack-api")
        }
        let what = kind(of: input.json)?.rawValue ?? "metadata"
        return InputError(
            path: input.displayPath, jsonPath: "$", "This file is part of a Slack export and holds \(what), not messages.",
            hint: "pass the whole export folder or its .zip; pick a channel with --channel")
    }
}

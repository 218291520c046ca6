import RetroModel

/// Zulip's own exports (API `GET /messages` responses and realm-export `messages-*.json`), which
/// retro recognises only to say plainly that it does not read them.
struct ZulipFormat: SourceFormat {
    let name = "zulip"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any] else { return false }
        if object["zerver_message"] != nil { return true }
        guard object["result"] is String, let first = object.objects("messages").first else { return false }
        return first["sender_full_name"] != nil || first["sender_email"] != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        throw InputError(
            path: input.displayPath, jsonPath: "$", "This is a Zulip export; retro does not read Zulip's own formats.",
            hint: "export the conversation as a plain-text log ('HH:MM name: text') and read it with --as plain-chat")
    }
}

import RetroModel

/// Microsoft Graph `chatMessage` JSON (camelCase): a `value` collection or a single message.
struct TeamsGraphFormat: SourceFormat {
    let name = "teams-graph"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        if let pascal = TeamsMessageReader.isPascalCase(input.json) { return !pascal }
        let head = ChatJSON.head(input.data)
        return input.json == nil && ChatJSON.looksLikeJSON(input.data) && head.contains("\"createdDateTime\"") && head.contains("\"body\"")
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        try TeamsMessageReader(format: name).parse(input)
    }
}

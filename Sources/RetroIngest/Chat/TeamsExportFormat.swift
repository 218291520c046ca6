import RetroModel

/// Teams messages as .NET exporters serialize them (PascalCase keys, `+00:00` offsets, HTML bodies).
struct TeamsExportFormat: SourceFormat {
    let name = "teams-export"
    let kind = SourceKind.chat

    func matches(_ input: SourceInput) -> Bool {
        if let pascal = TeamsMessageReader.isPascalCase(input.json) { return pascal }
        let head = ChatJSON.head(input.data)
        return input.json == nil && ChatJSON.looksLikeJSON(input.data) && head.contains("\"CreatedDateTime\"") && head.contains("\"Body\"")
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        try TeamsMessageReader(format: name).parse(input)
    }
}

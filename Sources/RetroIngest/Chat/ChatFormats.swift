/// Every chat format retro reads, in detection order (most specific first).
enum ChatFormats {
    static let all: [any SourceFormat] = [
        SlackExportFormat(),
        DiscordFormat(),
        TeamsExportFormat(),
        TeamsGraphFormat(),
        MattermostFormat(),
        TelegramFormat(),
        ZulipFormat(),
        RocketChatFormat(),
        GoogleChatFormat(),
        SlackAPIFormat(),
        WhatsAppFormat(),
        IRCFormat(),
        SlackPasteFormat(),
        PlainChatFormat(),
    ]
}

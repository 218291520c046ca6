import Foundation
import Testing
@testable import RetroIngest
import RetroModel

@Suite struct ChatDetectionTests {
    static let cases: [(String, String)] = [
        ("slack-export", "slack-export"), ("slack-export.zip", "slack-export"), ("slack-api-history.json", "slack-api"),
        ("teams-graph.json", "teams-graph"), ("teams-export.json", "teams-export"), ("discord.json", "discord"),
        ("mattermost.jsonl", "mattermost"), ("irc.log", "irc"), ("irc-latin1.log", "irc"), ("whatsapp.txt", "whatsapp"),
        ("whatsapp-ios.txt", "whatsapp"), ("plain-chat.txt", "plain-chat"),
    ]

    @Test(arguments: cases)
    func detects(_ fixture: String, _ format: String) throws {
        let input = try SourceInput(url: ChatTestSupport.fixture(fixture))
        let matching = ChatFormats.all.filter { $0.matches(input) }.map(\.name)
        #expect(matching.first == format)
    }

    @Test func nonChatJSONIsNotChat() throws {
        let input = try SourceInput(url: ChatTestSupport.fixture("not-chat.json"))
        #expect(ChatFormats.all.filter { $0.matches(input) }.isEmpty)
        let other = SourceInput(data: Data("[{\"time\": 1, \"text\": \"deploy\"}]".utf8), displayPath: "annotations.json")
        #expect(ChatFormats.all.filter { $0.matches(other) }.isEmpty)
    }

    @Test func formatNamesAreUnique() {
        let names = ChatFormats.all.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func invalidUTF8InAJSONChatFileIsAnInputError() throws {
        var data = Data("[{\"type\": \"message\", \"ts\": \"1736470800.000000\", \"text\": \"".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        data.append(contentsOf: Array("\"}]".utf8))
        #expect(throws: InputError.self) { try Ingest.read(SourceInput(data: data, displayPath: "bad.json"), as: "slack-api") }
    }

    static let forced: [(String, String)] = [
        ("discord.json", "irc"), ("irc.log", "whatsapp"), ("plain-chat.txt", "irc"), ("teams-graph.json", "discord"),
        ("discord.json", "slack-api"), ("mattermost.jsonl", "teams-graph"), ("whatsapp.txt", "mattermost"), ("irc.log", "slack-export"),
    ]

    @Test(arguments: forced)
    func aForcedWrongFormatIsAnInputErrorNotAnEmptyResult(_ fixture: String, _ format: String) throws {
        #expect(throws: InputError.self) { try ChatTestSupport.read(ChatTestSupport.fixture(fixture), as: format) }
    }

    @Test func zulipAPIMessagesAreRead() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("zulip-api.json"))
        #expect(result.format == "zulip")
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-01-10T01:00:00.000Z"])
        #expect(result.messages.first?.author == Message.Author(id: "8", name: "King Hamlet"))
        #expect(result.messages.first?.text == "db is down")
        #expect(result.messages.first?.channel == "ops > incident")
    }

    @Test func zulipRealmExportIsReadWithSenderIDs() throws {
        let json = """
            {"zerver_message": [
              {"id": 5501, "sender": 17, "recipient": 4, "subject": "replica lag", "content": "replica on db-3 is 40 min behind",
               "rendered_content": "<p>replica on db-3 is 40 min behind</p>", "date_sent": 1736500801.518344, "sending_client": 2,
               "last_edit_time": null, "edit_history": null, "has_attachment": false, "has_image": false, "has_link": false},
              {"id": 5502, "sender": 22, "recipient": 4, "subject": "replica lag", "content": "restarting the WAL receiver",
               "rendered_content": "<p>restarting the WAL receiver</p>", "date_sent": 1736500930.2, "sending_client": 2}
            ], "zerver_usermessage": []}
            """
        let result = try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: "messages-000001.json"))
        #expect(result.format == "zulip")
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-01-10T09:20:01.518Z", "2025-01-10T09:22:10.200Z"])
        #expect(result.messages.map(\.author.id) == ["17", "22"])
        #expect(result.messages[1].text == "restarting the WAL receiver")
        #expect(result.notes.contains { $0.contains("realm.json") })
    }
}

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

    @Test func zulipIsRecognisedAndRefusedByName() throws {
        let error = try #require(throws: InputError.self) { try ChatTestSupport.read(ChatTestSupport.fixture("zulip-api.json")) }
        #expect(error.message == "This is a Zulip export; retro does not read Zulip's own formats.")
    }
}

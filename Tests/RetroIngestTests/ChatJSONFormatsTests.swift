import Foundation
import Testing
@testable import RetroIngest
import RetroModel

@Suite struct ChatJSONFormatsTests {
    @Test func slackAPIPageIsSortedAndConverted() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("slack-api-history.json"))
        #expect(result.format == "slack-api")
        #expect(result.messages.map(\.text) == [
            "@oncall please look", "Deployed build 1 (https://ci.example.com/1) to prod", "newest first: @Robin Diaz said so",
        ])
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-01-10T01:00:00.000Z", "2025-01-10T01:00:50.000Z", "2025-01-10T01:01:40.250Z"])
        #expect(result.messages[1].author == Message.Author(id: "B7", name: "Deploy Bot"))
        #expect(result.messages[1].bot)
        #expect(result.messages[0].source == SourceRef(file: "slack-api-history.json", index: 1))
    }

    @Test func slackAPIErrorResponseIsAnInputError() throws {
        let error = try #require(throws: InputError.self) { try ChatTestSupport.read(ChatTestSupport.fixture("slack-api-error.json")) }
        #expect(error.location.jsonPath == "$.ok")
        #expect(error.message.contains("'channel_not_found'"))
    }

    @Test func truncatedSlackJSONIsLocated() throws {
        let error = try #require(throws: InputError.self) { try ChatTestSupport.read(ChatTestSupport.fixture("slack-truncated.json")) }
        #expect(error.location.path == "slack-truncated.json")
        #expect(error.location.line == 3)
        #expect(error.message.contains("not valid JSON"))
    }

    @Test func teamsGraphHTMLMentionsSystemAndDeleted() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-graph.json"))
        #expect(result.format == "teams-graph")
        #expect(result.messages.map(\.id) == ["1736470800000", "1736470805000", "1736470900000"])
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-01-10T01:00:00.360Z", "2025-01-10T01:00:05.123Z", "2025-01-10T01:01:40.000Z"])
        let deleted = result.messages[0]
        #expect(deleted.deleted)
        #expect(deleted.author == Message.Author(id: "u-2", name: "u-2"))
        let reply = result.messages[1]
        #expect(reply.text == "Hi @Alex, errors > 5% & rising\n\nsee status (https://status.example.com)\nthanks 🙏")
        #expect(reply.thread == "1736470800000")
        #expect(reply.edited)
        #expect(reply.reactions == ["like"])
        #expect(reply.files == ["runbook.docx"])
        #expect(reply.author.name == "Megan Bowen")
        let event = result.messages[2]
        #expect(event.kind == .system)
        #expect(event.text == "Teams event: members added")
        #expect(event.author.name == "Megan Bowen")
    }

    @Test func teamsPascalCaseExport() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-export.json"))
        #expect(result.format == "teams-export")
        #expect(result.messages.map(\.kind) == [.system, .message])
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-09-25T14:29:52.135Z", "2025-09-25T14:30:13.079Z"])
        #expect(result.messages[1].text == "pool exhausted & retrying")
        #expect(result.messages[1].author == Message.Author(id: "u-9", name: "Pat Lee"))
        #expect(result.messages[0].author.id == "u-9")
    }

    @Test func discordLocalOffsetsBecomeUTC() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("discord.json"))
        #expect(result.format == "discord")
        #expect(result.messages.map(\.id) == ["10", "11", "12"])
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-01-10T00:59:59.180Z", "2025-01-10T01:00:00.532Z", "2025-01-10T01:01:00.000Z"])
        #expect(result.messages[0].kind == .system)
        #expect(result.messages[0].bot)
        let first = result.messages[1]
        #expect(first.author == Message.Author(id: "a1", name: "Kim (SRE)"))
        #expect(first.edited && first.pinned)
        #expect(first.files == ["graph.png"])
        #expect(first.reactions == ["👀"])
        #expect(first.channel == "incidents")
        #expect(result.messages[2].text == "Alert resolved\ndb latency normal")
        #expect(result.messages[2].thread == "11")
    }

    @Test func mattermostRepliesAreSortedAndNamed() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("mattermost.jsonl"))
        #expect(result.format == "mattermost")
        #expect(result.messages.map(\.text) == ["harry joined the channel.", "api is down", "first reply", "second reply", "ping"])
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-01-10T00:58:20.000Z", "2025-01-10T01:00:00.000Z", "2025-01-10T01:01:00.123Z", "2025-01-10T01:02:00.000Z", "2025-01-10T01:03:20.000Z",
        ])
        #expect(result.messages[0].kind == .system)
        let post = result.messages[1]
        #expect(post.author == Message.Author(id: "ron", name: "Ron Weasley"))
        #expect(post.edited && post.pinned)
        #expect(post.reactions == ["eyes"])
        #expect(post.source.line == 3)
        #expect(result.messages[2].thread == post.id)
        #expect(result.messages[4].channel == "ron, harry")
    }

    @Test func mattermostBadLineIsLocated() throws {
        let data = Data("{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\n".utf8)
        let error = try #require(throws: InputError.self) {
            try Ingest.read(SourceInput(data: data, displayPath: "export.jsonl"))
        }
        #expect(error.location.path == "export.jsonl")
        #expect(error.location.line == 2)
    }
}

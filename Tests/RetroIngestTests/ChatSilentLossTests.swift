import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// Records that earlier versions read without their author, their text or at all.
@Suite struct ChatSilentLossTests {
    /// Graph `GET …/messages?$expand=replies` nests each thread's replies inside its root.
    @Test func teamsNestedRepliesAreRead() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-graph-expand-replies.json"))
        #expect(result.format == "teams-graph")
        #expect(result.skipped.isEmpty)
        #expect(result.messages.count == 6)
        let replies = result.messages.filter { $0.thread == "1718002113456" }
        #expect(replies.map(\.id) == ["1718002240117", "1718002391002", "1718003320448"])
        #expect(replies.map(\.author.name) == ["Aylin Demir", "Aylin Demir", "Jonas Weber"])
        #expect(replies[2].edited)
    }

    @Test func teamsUploadAndImageOnlyMessagesSayWhatWasShared() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-graph-expand-replies.json"))
        let byID = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, $0) })
        #expect(byID["1718002391002"]?.text == "[file: wlc-hall3-syslog.txt]")
        #expect(byID["1718002391002"]?.files == ["wlc-hall3-syslog.txt"])
        #expect(byID["1718002240117"]?.text == "wifi controller dashboard, AP group hall3 all red\n\n[image]")
    }

    @Test func teamsSystemEventWithoutDisplayNameIsNotAuthoredByAGUID() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-graph-expand-replies.json"))
        let event = try #require(result.messages.first { $0.id == "1718002501881" })
        #expect(event.kind == .system)
        #expect(event.author.name == "Teams")
        #expect(event.author.id == "4c1d9e2a-7b3f-4a60-8d15-2e9f0c6b3a71")
        #expect(event.text == "Teams event: members added")
    }

    @Test func teamsConnectorCardKeepsItsTextAndBotFlag() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("teams-graph-expand-replies.json"))
        let card = try #require(result.messages.first { $0.id == "1718004012733" })
        #expect(card.bot)
        #expect(card.author.name == "Zabbix")
        #expect(card.text == "Resolved: Hall 3 AP group down — wlc01.dc2 — Problem has been resolved in 39m 12s")
    }

    /// The exporter's PascalCase records in the corpus: system events whose initiator has no name.
    @Test(.enabled(if: ChatCorpusTests.available)) func corpusTeamsSystemEventsHaveNoGUIDNames() throws {
        let url = ChatTestSupport.corpus.appendingPathComponent("teams/zulip_TeamsDataExport_team_4707a9cc_messages.json")
        let result = try Ingest.read(url)
        let system = result.messages.filter { $0.kind == .system }
        #expect(system.count == 2)
        #expect(system.allSatisfy { $0.author.name == "Teams" })
    }

    /// Slack's legacy `file_comment` subtype puts the commenter in `comment.user`; uploads and
    /// image-only posts have no text of their own.
    @Test func slackFileCommentAuthorAndUploadOnlyText() throws {
        let json = """
            {"ok": true, "messages": [
              {"type": "message", "subtype": "file_comment", "ts": "1457012400.000301",
               "text": "<@U2M1T0KEN|rui> commented on <@U0B5X9QP2|mei>'s file <https://acme.slack.com/files/mei/F0RS0NP4A/heap.png|heap.png>: that sawtooth is the cache warmer",
               "file": {"id": "F0RS0NP4A", "name": "heap.png", "title": "heap.png", "user": "U0B5X9QP2"},
               "comment": {"id": "Fc0RS0QV9S", "created": 1457012400, "timestamp": 1457012400, "user": "U2M1T0KEN", "comment": "that sawtooth is the cache warmer"}},
              {"type": "message", "ts": "1457012300.000200", "user": "U0B5X9QP2", "text": "",
               "files": [{"id": "F0RS0NP4A", "name": "heap.png", "title": "heap.png", "mimetype": "image/png"}]},
              {"type": "message", "subtype": "file_share", "ts": "1457012250.000100", "user": "U0B5X9QP2", "upload": true,
               "file": {"id": "F0RS0AAAA", "name": "gc.log", "title": "gc.log"}}
            ]}
            """
        let result = try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: "history.json"))
        #expect(result.messages.map(\.author.id) == ["U0B5X9QP2", "U0B5X9QP2", "U2M1T0KEN"])
        #expect(result.messages.map(\.text) == ["[file: gc.log]", "[file: heap.png]", "@rui commented on @mei's file heap.png (https://acme.slack.com/files/mei/F0RS0NP4A/heap.png): that sawtooth is the cache warmer"])
    }
}

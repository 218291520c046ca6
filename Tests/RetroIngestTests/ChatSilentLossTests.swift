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

/// Variants of supported formats that earlier versions refused.
@Suite struct ChatVariantTests {
    /// Telegram Desktop's "Export Telegram data" (all chats) wraps each chat in `chats.list`.
    @Test func telegramFullAccountExportReadsEveryChat() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("telegram-account-export.json"))
        #expect(result.format == "telegram")
        #expect(result.messages.count == 5)
        #expect(result.messages.map(ChatTestSupport.iso).first == "2024-11-29T06:02:14.000Z")
        #expect(Set(result.messages.compactMap(\.channel)) == ["Kasse-Störung Filialen", "Deniz Aydın"])
        #expect(result.messages[0].kind == .system)
        #expect(result.messages[1].text == "Kassen in Filiale 12 und 31 buchen keine EC-Zahlungen mehr, Terminal zeigt Fehler 05")
        #expect(result.messages[2].text == "[file: photo_3@29-11-2024_07-05-02.jpg]")
        #expect(result.messages[4].text == "[file: kassenlog_f12.txt]")
        #expect(result.notes.contains { $0.contains("2 chats") })
    }

    @Test func telegramChannelOptionPicksOneChat() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("telegram-account-export.json"), options: IngestOptions(channel: "Kasse-Störung Filialen"))
        #expect(result.messages.count == 4)
        let error = try #require(throws: InputError.self) {
            try ChatTestSupport.read(ChatTestSupport.fixture("telegram-account-export.json"), options: IngestOptions(channel: "ops"))
        }
        #expect(error.message.contains("no chat named 'ops'"))
    }

    /// Paging scripts often save `{cursor, messages}` (or `has_more`, `response_metadata`) without `ok`.
    @Test(arguments: [#""cursor": "dXNlcjpVMEc5V0ZYTlo=""#, #""has_more": true, "response_metadata": {"next_cursor": "bmV4dF90czoxNzEy"}"#])
    func slackPagesWithoutOK(_ paging: String) throws {
        let json = """
            {\(paging), "messages": [
             {"type": "message", "user": "U03LQ2TPK", "text": "p95 on search-api back under 300ms", "ts": "1712051405.119829"},
             {"type": "message", "subtype": "bot_message", "bot_id": "B01GRAF4N4", "username": "Grafana", "text": "", "ts": "1712051101.000200",
              "attachments": [{"fallback": "[Alerting] search-api p95 latency", "title": "[Alerting] search-api p95 latency", "text": "p95 1.8s > 1s for 5m"}]}
            ]}
            """
        for format in [nil, "slack-api"] {
            let result = try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: "page-3.json"), as: format)
            #expect(result.format == "slack-api")
            #expect(result.messages.map(\.id) == ["1712051101.000200", "1712051405.119829"])
            #expect(result.messages[0].bot)
            #expect(result.messages[0].text.contains("p95 1.8s > 1s for 5m"))
        }
    }
}

/// The text people paste from the Slack client when no export is at hand.
@Suite struct SlackPasteTests {
    @Test func pastedMessagesAreReadWithAuthorsTimesAndContinuations() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("slack-paste-2025-02-18.txt"))
        #expect(result.format == "slack-paste")
        #expect(result.skipped.isEmpty)
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-02-18T01:54:00.000Z", "2025-02-18T01:56:00.000Z", "2025-02-18T01:57:00.000Z", "2025-02-18T01:58:00.000Z",
            "2025-02-18T02:03:00.000Z", "2025-02-18T02:11:00.000Z",
        ])
        #expect(result.messages.map(\.author.name) == ["Sam Okoye", "Marta Kowalczyk", "Marta Kowalczyk", "PagerDuty", "Sam Okoye", "Marta Kowalczyk"])
        #expect(result.messages[2].text == "pulling up the LB dashboard")
        #expect(result.messages.map(\.bot) == [false, false, false, true, false, false])
        #expect(result.messages[4].text == "deploy 2025.02.17-3 went out at 01:40, rolling back\n\nthe rollback takes ~6 min")
        #expect(result.notes.contains { $0.contains("2025-02-18") && $0.contains("file name") })
    }

    @Test func thePasteIsReadInTheGivenZoneAndNeedsADate() throws {
        let paste = "Sam Okoye  1:54 PM\nthe db is down\n"
        let error = try #require(throws: InputError.self) { try Ingest.read(SourceInput(data: Data(paste.utf8), displayPath: "paste.txt")) }
        #expect(error.description.hasPrefix("paste.txt:1"))
        let lagos = try #require(TimeZone(identifier: "Africa/Lagos"))
        let result = try Ingest.read(SourceInput(data: Data(paste.utf8), displayPath: "paste.txt"), options: IngestOptions(zone: lagos, date: "2025-02-18"))
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-02-18T12:54:00.000Z"])
    }

    @Test func plainChatIsNotTakenForAPaste() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("plain-chat.txt"), options: IngestOptions(date: "2025-02-18"))
        #expect(result.format == "plain-chat")
    }
}

/// Rocket.Chat REST history answers and mongoexport lines.
@Suite struct RocketChatTests {
    @Test func channelHistoryIsReadWithBotsThreadsUploadsAndEvents() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("rocketchat-channels-history.json"))
        #expect(result.format == "rocketchat")
        #expect(result.skipped.isEmpty)
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2024-03-08T05:41:07.302Z", "2024-03-08T05:42:55.018Z", "2024-03-08T05:44:10.771Z", "2024-03-08T05:49:31.604Z", "2024-03-08T06:12:48.220Z",
        ])
        #expect(result.messages.map(\.author.name) == ["Mia Schäfer", "Zabbix", "Jide Okafor", "Jide Okafor", "Jide Okafor"])
        #expect(result.messages.map(\.bot) == [false, true, false, false, false])
        #expect(result.messages[1].text == "PROBLEM: CUPS queue length > 500 on print-h2 — Severity: High, value 1412")
        #expect(result.messages[2].kind == .system)
        #expect(result.messages[3].text == "[file: cups-error_log-print-h2.txt]")
        #expect(result.messages[3].files == ["cups-error_log-print-h2.txt"])
        #expect(result.messages[4].thread == "Qm3vTfXo9dHkS2aLp")
        #expect(result.messages[4].edited)
    }

    @Test func mongoexportLinesWithDateObjects() throws {
        let lines = """
            {"_id":"p1","rid":"GENERAL","msg":"api p99 at 4s","ts":{"$date":1709876467302},"u":{"_id":"u1","username":"mia"}}
            {"_id":"p2","rid":"GENERAL","msg":"rolling back","ts":{"$date":"2024-03-08T05:42:55.018Z"},"u":{"_id":"u2","username":"jide"}}

            """
        let result = try Ingest.read(SourceInput(data: Data(lines.utf8), displayPath: "rocketchat_message.json"))
        #expect(result.format == "rocketchat")
        #expect(result.messages.map(ChatTestSupport.iso) == ["2024-03-08T05:41:07.302Z", "2024-03-08T05:42:55.018Z"])
        #expect(result.messages.map(\.source.line) == [1, 2])
    }
}

/// Google Chat in Google Takeout.
@Suite struct GoogleChatTests {
    @Test func takeoutMessagesAreReadWithTopicsBotsAndFiles() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("google-chat-messages.json"))
        #expect(result.format == "google-chat")
        #expect(result.skipped.isEmpty)
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-02-11T22:04:31.000Z", "2025-02-11T22:05:02.000Z", "2025-02-11T22:11:47.000Z", "2025-02-11T22:26:13.000Z", "2025-02-12T00:03:40.000Z",
        ])
        #expect(result.messages.map(\.bot) == [false, true, false, false, false])
        #expect(result.messages.map(\.thread) == [nil, nil, "AAAAx7Qm1pE/kH3s9TqVb2E/kH3s9TqVb2E", "AAAAx7Qm1pE/kH3s9TqVb2E/kH3s9TqVb2E", "AAAAx7Qm1pE/kH3s9TqVb2E/kH3s9TqVb2E"])
        #expect(result.messages[3].text == "[file: partner-profile-RTM.png]")
        #expect(result.messages[2].edited)
    }

    @Test(arguments: [
        ("Monday, May 10, 2021 at 2:23:51 PM UTC", "2021-05-10T14:23:51.000Z"),
        ("Sunday, January 1, 2023 at 12:00:00 AM UTC", "2023-01-01T00:00:00.000Z"),
        ("Friday, March 1, 2024 at 12:30:05\u{202F}PM GMT+02:00", "2024-03-01T10:30:05.000Z"),
    ])
    func takeoutTimes(_ text: String, _ iso: String) {
        #expect(GoogleChatFormat.time(text).map(Timestamp.iso) == iso)
    }

    @Test func anUnreadableTimeIsACountedSkip() throws {
        let json = #"{"messages": [{"creator": {"name": "A", "user_type": "Human"}, "created_date": "10/05/2021 14:23", "text": "x"}, {"creator": {"name": "B", "user_type": "Human"}, "created_date": "Monday, May 10, 2021 at 2:23:51 PM UTC", "text": "y"}]}"#
        let result = try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: "messages.json"))
        #expect(result.messages.count == 1)
        #expect(result.skipped.map(\.location.jsonPath) == ["$.messages[0].created_date"])
    }
}

/// Webhook posts and uploads in Mattermost and Discord keep what they carried.
@Suite struct WebhookPostTests {
    @Test func mattermostWebhookAttachmentsAndUploadsHaveText() throws {
        let jsonl = """
            {"type":"version","version":1}
            {"type":"post","post":{"team":"ops","channel":"inc-311","user":"grafana-bot","message":"","create_at":1731583215377,"props":{"from_webhook":"true","override_username":"Grafana","attachments":[{"fallback":"[Alerting] Kafka lag","title":"[Alerting] Kafka consumer lag","text":"lag 61k > 50k on shipment-events","fields":[{"title":"cluster","value":"prod-eu","short":true}]}]}}}
            {"type":"post","post":{"team":"ops","channel":"inc-311","user":"r.haddad","message":"","create_at":1731583300000,"attachments":[{"path":"data/uploads/lag-graph.png"}]}}

            """
        let result = try Ingest.read(SourceInput(data: Data(jsonl.utf8), displayPath: "import.jsonl"))
        #expect(result.format == "mattermost")
        #expect(result.messages.map(\.text) == [
            "[Alerting] Kafka consumer lag — lag 61k > 50k on shipment-events — cluster: prod-eu", "[file: lag-graph.png]",
        ])
        #expect(result.messages.map(\.bot) == [true, false])
        #expect(result.messages[0].author.name == "Grafana")
    }

    @Test func discordUploadOnlyMessageNamesTheFile() throws {
        let json = """
            {"guild": {"id": "1", "name": "ops"}, "channel": {"id": "2", "name": "incidents"}, "messages": [
              {"id": "10", "type": "Default", "timestamp": "2024-11-14T11:20:15.377+01:00", "content": "", "author": {"id": "7", "name": "kv", "isBot": false},
               "attachments": [{"id": "a1", "url": "https://cdn.example/heap.png", "fileName": "heap.png", "fileSizeBytes": 48211}], "embeds": [], "reactions": []}
            ]}
            """
        let result = try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: "discord.json"))
        #expect(result.format == "discord")
        #expect(result.messages.map(\.text) == ["[file: heap.png]"])
    }
}

import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// Runs every chat file of the shared corpus, when the corpus is beside the checkout.
@Suite struct ChatCorpusTests {
    static let folders = ["slack-export", "slack-api", "teams", "discord", "mattermost", "irc", "whatsapp-etc"]
    static var available: Bool { FileManager.default.fileExists(atPath: ChatTestSupport.corpus.appendingPathComponent("irc").path) }

    /// Every file and top-level folder in the chat corpus folders, except provenance sidecars.
    static func inputs() -> [URL] {
        var urls: [URL] = []
        for folder in folders {
            let root = ChatTestSupport.corpus.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker {
                let name = url.lastPathComponent
                if name.hasSuffix(".source") || name == "SOURCE.txt" { continue }
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                if !isDirectory.boolValue || url.deletingLastPathComponent().standardizedFileURL == root.standardizedFileURL { urls.append(url) }
            }
        }
        return urls.sorted { $0.path < $1.path }
    }

    @Test(.enabled(if: available)) func everyFileParsesSortedOrIsRefusedWithAnInputError() throws {
        let urls = Self.inputs()
        #expect(urls.count > 40)
        for url in urls {
            do {
                let result = try Ingest.read(url)
                #expect(result.kind == .chat, "\(url.path)")
                #expect(!result.messages.isEmpty, "\(url.path)")
                #expect(zip(result.messages, result.messages.dropFirst()).allSatisfy { $0.at <= $1.at }, "\(url.path)")
            } catch is InputError {
                continue
            } catch {
                Issue.record("\(url.path): \(error)")
            }
        }
    }

    /// Counts checked with python3 (`len(json.load(f)…)`, line counts with grep) — see the report.
    static let counts: [(String, String, Int)] = [
        ("slack-export/sev_testarchive_extracted", "slack-export", 158),
        ("slack-export/slackdump_source_export.zip", "slack-export", 16),
        ("slack-export/slackdump_source_export_dir_B75B4C7_2025-01-11.json", "slack-api", 11),
        ("slack-export/zulip_thread_with_broadcast_reply.json", "slack-api", 3),
        ("slack-api/slackdump_CHY5HUESG_dump.json", "slack-api", 16),
        ("slack-api/slackdump_polly.json", "slack-api", 1),
        ("teams/zulip_TeamsDataExport_team_4707a9cc_messages.json", "teams-export", 3),
        ("teams/msgraph_docs_v1_chatmessage-list-replies_response.json", "teams-graph", 3),
        ("discord/zulip_dce_general.json", "discord", 12),
        ("discord/zulip_synthetic_general_100.json", "discord", 7),
        ("mattermost/zulip_mattermost_export.jsonl", "mattermost", 21),
        ("mattermost/zulip_mm_v11_post_with_replies.json", "mattermost", 4),
        ("irc/irclog2html_2005-01-09-test2.log", "irc", 57),
        ("irc/irclog2html_2009-01-14-dircproxy.log", "irc", 25),
        ("whatsapp-etc/chatminer_whatsapp_test_mmddyyyy_12hrs.txt", "whatsapp", 9),
        ("whatsapp-etc/chatminer_signal_test_export.txt", "whatsapp", 2),
        ("whatsapp-etc/chatminer_telegram_test_single_export.json", "telegram", 2),
    ]

    @Test(.enabled(if: available), arguments: counts)
    func exactCounts(_ path: String, _ format: String, _ count: Int) throws {
        let result = try Ingest.read(ChatTestSupport.corpus.appendingPathComponent(path))
        #expect(result.format == format)
        #expect(result.messages.count == count)
    }

    @Test(.enabled(if: available)) func exactTimesInTheCorpus() throws {
        let dce = try Ingest.read(ChatTestSupport.corpus.appendingPathComponent("discord/zulip_dce_general.json"))
        #expect(ChatTestSupport.iso(dce.messages[0]) == "2026-06-24T12:04:23.180Z")
        let dump = try Ingest.read(ChatTestSupport.corpus.appendingPathComponent("slack-api/slackdump_CHY5HUESG_dump.json"))
        #expect(dump.messages.first.map(ChatTestSupport.iso) == "2025-01-10T03:08:34.897Z")
        #expect(dump.messages.first { $0.kind == .tombstone }?.id == "1736554828.343759")
        let mm = try Ingest.read(ChatTestSupport.corpus.appendingPathComponent("mattermost/zulip_mm_v11_post_with_replies.json"))
        #expect(mm.messages.map(ChatTestSupport.iso) == ["2026-01-20T13:36:41.357Z", "2026-01-20T13:37:13.181Z", "2026-01-20T13:37:32.899Z", "2026-01-20T13:38:04.233Z"])
    }

    @Test(.enabled(if: available)) func metadataFilesAreRefused() throws {
        let url = ChatTestSupport.corpus.appendingPathComponent("slack-export/slackdump_export_users.json")
        let error = try #require(throws: InputError.self) { try Ingest.read(url) }
        #expect(error.message.contains("not messages"))
    }
}

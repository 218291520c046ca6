import Foundation
import Testing
@testable import RetroIngest
import RetroModel

@Suite struct SlackExportTests {
    let folder = ChatTestSupport.fixture("slack-export")

    @Test func readsEveryChannelOfAFolderInTimeOrder() throws {
        let result = try ChatTestSupport.read(folder)
        #expect(result.format == "slack-export")
        #expect(result.messages.map(\.id) == [
            "1736467200.000100", "1736467300.000000", "1736470800.123456", "1736470805.000000", "1736470860.999999",
            "1736474400.000200", "1736474460.000300", "1736553600.500000", "1736553660.000000", "1736553700.000000",
        ])
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-01-10T00:00:00.000Z", "2025-01-10T00:01:40.000Z", "2025-01-10T01:00:00.123Z", "2025-01-10T01:00:05.000Z",
            "2025-01-10T01:01:00.999Z", "2025-01-10T02:00:00.000Z", "2025-01-10T02:01:00.000Z", "2025-01-11T00:00:00.500Z",
            "2025-01-11T00:01:00.000Z", "2025-01-11T00:01:40.000Z",
        ])
        #expect(result.skipped.isEmpty)
    }

    @Test func normalizesMarkupNamesThreadsAndFlags() throws {
        let byID = Dictionary(uniqueKeysWithValues: try ChatTestSupport.read(folder).messages.map { ($0.id, $0) })
        let alert = try #require(byID["1736470800.123456"])
        #expect(alert.text == "@here checkout errors > 5% 🔥 see dashboard (https://grafana.example.com/d/x) cc @Sam K in #random")
        #expect(alert.author == Message.Author(id: "U01DANA", name: "Dana Ortiz"))
        #expect(alert.reactions == ["eyes", "pushpin"])
        #expect(alert.pinned)
        #expect(alert.thread == nil)
        #expect(alert.channel == "inc-2041")
        #expect(alert.source == SourceRef(file: "inc-2041/2025-01-10.json", index: 1))

        let reply = try #require(byID["1736470860.999999"])
        #expect(reply.thread == "1736470800.123456")
        #expect(reply.edited)
        #expect(byID["1736553660.000000"]?.thread == "1736470800.123456")
        #expect(byID["1736553660.000000"]?.text == "all clear ✅")

        let join = try #require(byID["1736467200.000100"])
        #expect(join.kind == .system)
        #expect(join.text == "@Sam K has joined the channel")
        #expect(byID["1736553700.000000"]?.kind == .system)

        let tombstone = try #require(byID["1736474400.000200"])
        #expect(tombstone.kind == .tombstone)
        #expect(tombstone.deleted)
        #expect(byID["1736474460.000300"]?.thread == "1736474400.000200")
        #expect(byID["1736474460.000300"]?.author.name == "lee")

        let bot = try #require(byID["1736470805.000000"])
        #expect(bot.bot)
        #expect(bot.author == Message.Author(id: "B0PAGER", name: "PagerBot"))
        #expect(bot.text == "Incident triggered\ncheckout 5xx > 5%\nService: *checkout*")

        let share = try #require(byID["1736553600.500000"])
        #expect(share.files == ["errors.png"])
        #expect(share.kind == .message)
    }

    @Test func selectsOneChannelAndBuildsPermalinks() throws {
        let options = IngestOptions(channel: "#inc-2041", workspaceURL: "https://acme.slack.com/")
        let result = try ChatTestSupport.read(folder, options: options)
        #expect(result.messages.count == 9)
        #expect(Set(result.messages.compactMap(\.channel)) == ["inc-2041"])
        let alert = try #require(result.messages.first { $0.id == "1736470800.123456" })
        #expect(alert.source.url == "https://acme.slack.com/archives/C0INC2041/p1736470800123456")
        #expect(try ChatTestSupport.read(folder, options: IngestOptions(channel: "C0RANDOM")).messages.map(\.text) == ["lunch?"])
    }

    @Test func unknownChannelListsChannelsAndSuggests() throws {
        let error = try #require(throws: InputError.self) {
            try ChatTestSupport.read(folder, options: IngestOptions(channel: "inc-2014"))
        }
        #expect(error.message.contains("'inc-2014'"))
        #expect(error.message.contains("inc-2041, random"))
        #expect(error.hint == "did you mean 'inc-2041'?")
    }

    @Test func readsTheSameExportFromAZipWithAWrappingFolder() throws {
        let zipped = try ChatTestSupport.read(ChatTestSupport.fixture("slack-export.zip"))
        let unzipped = try ChatTestSupport.read(folder)
        #expect(zipped.format == "slack-export")
        #expect(zipped.messages == unzipped.messages)
    }

    @Test func refusesZipEntriesThatLeaveTheArchive() throws {
        let error = try #require(throws: InputError.self) {
            try ChatTestSupport.read(ChatTestSupport.fixture("slack-traversal.zip"), as: "slack-export")
        }
        #expect(error.message.contains("'../evil/2025-01-10.json'"))
        #expect(throws: InputError.self) { try SlackZipTree.checkContained("/etc/passwd", archive: "x.zip") }
        #expect(throws: InputError.self) { try SlackZipTree.checkContained("a\\..\\b.json", archive: "x.zip") }
        try SlackZipTree.checkContained("inc/2025-01-10.json", archive: "x.zip")
    }

    @Test func aBrokenDayFileIsReportedWithItsPathAndLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("retro-chat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inc"), withIntermediateDirectories: true)
        try Data("[]".utf8).write(to: root.appendingPathComponent("users.json"))
        try Data("[{\"id\":\"C1\",\"name\":\"inc\"}]".utf8).write(to: root.appendingPathComponent("channels.json"))
        try Data("[\n{\"ts\": \"1.0\",\n \"text\": ".utf8).write(to: root.appendingPathComponent("inc/2025-01-10.json"))
        let error = try #require(throws: InputError.self) { try Ingest.read(root, displayPath: "export") }
        #expect(error.location.path == "export/inc/2025-01-10.json")
        #expect(error.location.line == 3)
        #expect(error.message.contains("truncated"))

        try Data("{\"ts\": \"1.0\"}".utf8).write(to: root.appendingPathComponent("inc/2025-01-10.json"))
        let shape = try #require(throws: InputError.self) { try Ingest.read(root, displayPath: "export") }
        #expect(shape.location.jsonPath == "$")

        try Data("[{\"ts\": 1736470800, \"text\": \"x\"}, {\"ts\": \"1736470800.5\", \"text\": \"y\"}, 7]".utf8).write(to: root.appendingPathComponent("inc/2025-01-10.json"))
        let element = try #require(throws: InputError.self) { try Ingest.read(root, displayPath: "export") }
        #expect(element.location.jsonPath == "$[2]")

        try Data("[{\"ts\": 1736470800, \"text\": \"x\"}, {\"ts\": \"1736470800.5\", \"text\": \"y\"}]".utf8).write(to: root.appendingPathComponent("inc/2025-01-10.json"))
        let partial = try Ingest.read(root, displayPath: "export")
        #expect(partial.messages.map(\.text) == ["y"])
        #expect(partial.skipped == [Skip(SourceLocation(path: "export/inc/2025-01-10.json", jsonPath: "$[0].ts"), "The message's 'ts' is not a string.")])
    }

    /// Day files are read in parallel, but repeats are found per channel in file order, and of two
    /// broken files the first in order is the one reported.
    @Test func repeatsAreSkippedPerChannelAndTheFirstBrokenFileIsReported() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("retro-chat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for channel in ["a", "b"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(channel), withIntermediateDirectories: true)
        }
        try Data("[]".utf8).write(to: root.appendingPathComponent("users.json"))
        try Data("[{\"id\":\"C1\",\"name\":\"a\"},{\"id\":\"C2\",\"name\":\"b\"}]".utf8).write(to: root.appendingPathComponent("channels.json"))
        func write(_ text: String, _ path: String) throws { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        try write(#"[{"ts": "20.0", "text": "x"}, {"ts": "30.0", "text": "y"}]"#, "a/2025-01-10.json")
        try write(#"[{"ts": "10.0", "text": "early"}, {"ts": "30.0", "text": "again"}, {"ts": "40.0", "text": "z"}]"#, "a/2025-01-11.json")
        try write(#"[{"ts": "30.0", "text": "other channel"}]"#, "b/2025-01-10.json")
        let result = try Ingest.read(root, displayPath: "export")
        #expect(result.messages.map(\.text) == ["early", "x", "y", "other channel", "z"])
        #expect(result.skipped == [Skip(SourceLocation(path: "export/a/2025-01-11.json", jsonPath: "$[1]"), "Message '30.0' appears twice in 'a'; the first copy is kept.")])

        try write("[{\"ts\": ", "a/2025-01-11.json")
        try write("[7]", "b/2025-01-10.json")
        let error = try #require(throws: InputError.self) { try Ingest.read(root, displayPath: "export") }
        #expect(error.location.path == "export/a/2025-01-11.json")
    }

    @Test func metadataFilesAloneAreRefusedWithAReason() throws {
        let error = try #require(throws: InputError.self) { try ChatTestSupport.read(folder.appendingPathComponent("users.json")) }
        #expect(error.message == "This file is part of a Slack export and holds a list of users, not messages.")
    }
}

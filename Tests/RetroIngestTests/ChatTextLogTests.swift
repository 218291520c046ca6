import Foundation
import Testing
@testable import RetroIngest
import RetroModel

@Suite struct ChatTextLogTests {
    @Test func ircDaysComeFromLogLinesAndMidnightRollsOver() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("irc.log"))
        #expect(result.format == "irc")
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-01-10T23:58:10.000Z", "2025-01-10T23:59:02.000Z", "2025-01-10T23:59:30.000Z", "2025-01-11T00:00:05.000Z", "2025-01-11T00:01:00.000Z",
        ])
        #expect(result.messages.map(\.author.name) == ["dana", "sam", "lee", "sam", "dana"])
        #expect(result.messages.map(\.kind) == [.message, .message, .system, .message, .message])
        #expect(result.messages[1].text == "looks at the dashboard")
        #expect(result.messages[2].text == "lee [~lee@host] has joined #inc")
        #expect(result.messages[4].source == SourceRef(file: "irc.log", line: 7))
        #expect(result.notes.contains("Times carry no zone; read as UTC; pass --tz to read them in the zone the log was written in."))
        #expect(result.notes.contains { $0.contains("next day") })
        #expect(result.skipped.isEmpty)
    }

    @Test func ircZoneOptionShiftsTimes() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("irc.log"), options: IngestOptions(zone: berlin))
        #expect(ChatTestSupport.iso(result.messages[0]) == "2025-01-10T22:58:10.000Z")
        #expect(result.notes.first == "Times carry no zone; read in Europe/Berlin (--tz).")
    }

    @Test func mixedEncodingLinesAreReadAsLatin1AndNoted() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("irc-latin1.log"))
        #expect(result.messages.map(\.text) == ["café is down", "ok ✅"])
        #expect(result.notes.contains { $0.contains("line 1") && $0.contains("Windows-1252") })
    }

    @Test func whatsappMonthFirstTwelveHourWithContinuations() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("whatsapp.txt"))
        #expect(result.format == "whatsapp")
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2023-12-31T21:41:00.000Z", "2023-12-31T21:45:00.000Z", "2024-01-01T00:05:00.000Z", "2024-01-01T00:10:00.000Z",
        ])
        #expect(result.messages[0].text == "payments failing\nagain after deploy")
        #expect(result.messages[2].kind == .system)
        #expect(result.messages[3].author.name == "Dana")
        #expect(result.messages[3].text == "fixed: error rate back to 0.1%")
    }

    @Test func whatsappBracketedDayFirst() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("whatsapp-ios.txt"))
        #expect(result.format == "whatsapp")
        #expect(result.messages.map(ChatTestSupport.iso) == ["2023-12-31T21:41:05.000Z", "2023-12-31T21:45:00.000Z"])
    }

    @Test func plainChatWithoutADateIsAnErrorAskingForOne() throws {
        let error = try #require(throws: InputError.self) { try ChatTestSupport.read(ChatTestSupport.fixture("plain-chat.txt")) }
        #expect(error.description.contains("plain-chat.txt:1"))
        #expect(error.description.contains("no date"))
        #expect(error.description.contains("--date"))
        #expect(!error.description.contains("1970"))
    }

    @Test func plainChatTakesTheDayFromTheDateOption() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("plain-chat.txt"), options: IngestOptions(date: "2025-03-02"))
        #expect(result.format == "plain-chat")
        #expect(result.messages.map(ChatTestSupport.iso) == ["2025-03-02T09:14:00.000Z", "2025-03-02T09:15:00.000Z", "2025-03-02T09:20:00.000Z"])
        #expect(result.messages[1].text == "looking\n  (at the pool metrics)")
        #expect(result.notes.contains("Lines without a date were dated 2025-03-02 (--date)."))
    }

    @Test(arguments: ["2025-3-2", "yesterday", "2025-02-30", "2025-03-02T10:00"])
    func aMalformedDateOptionIsRefused(_ value: String) throws {
        let error = try #require(throws: InputError.self) {
            try ChatTestSupport.read(ChatTestSupport.fixture("plain-chat.txt"), options: IngestOptions(date: value))
        }
        #expect(error.description.contains("'\(value)' is not a date"))
    }

    /// ZNC's default log name is `NETWORK_#chan_YYYYMMDD.log`; its lines carry only `[HH:MM:SS]`.
    @Test func zncLogIsDatedFromItsFileNameWithEventsAndNotices() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("znc/libera_#ops-mirror_20240917.log"))
        #expect(result.format == "irc")
        #expect(result.skipped.isEmpty)
        #expect(result.messages.count == 11)
        #expect(ChatTestSupport.iso(result.messages[0]) == "2024-09-17T06:58:41.000Z")
        #expect(ChatTestSupport.iso(result.messages[10]) == "2024-09-17T07:15:18.000Z")
        #expect(result.notes.contains { $0.contains("2024-09-17") && $0.contains("file name") })
        #expect(result.messages.map(\.author.name) == ["kvaleri", "kvaleri", "mirrorbot", "tjb", "tjb", "olek", "tjb", "kvaleri", "mirrorbot", "tjb", "kvaleri"])
        #expect(!result.messages.contains { $0.author.name.hasSuffix(":") })
        #expect(result.messages.map(\.kind) == [.system, .message, .message, .message, .message, .system, .message, .message, .message, .system, .system])
        let notices = result.messages.filter(\.bot)
        #expect(notices.map(\.text) == ["ALERT mirror2.eu: rsync lag 10800s > 7200s (crit)", "RECOVERY mirror2.eu: rsync lag 35s"])
        #expect(result.messages[5].text == "Quits: olek (~olek@2a01:4f8:c17::1) (Ping timeout: 256 seconds)")
    }

    @Test func theDateOptionWinsOverTheFileName() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("znc/libera_#ops-mirror_20240917.log"), options: IngestOptions(date: "2024-09-18"))
        #expect(ChatTestSupport.iso(result.messages[0]) == "2024-09-18T06:58:41.000Z")
    }

    @Test func anUndatedIRCLogIsAnError() throws {
        let log = "[06:58:41] <kv> morning\n[06:59:02] <tjb> hi\n"
        let input = SourceInput(data: Data(log.utf8), displayPath: "ops.log")
        let error = try #require(throws: InputError.self) { try Ingest.read(input) }
        #expect(error.description.contains("ops.log:1"))
        #expect(error.description.contains("--date"))
    }

    @Test(arguments: [("#inc_20250110.log", "2025-01-10"), ("net_#chan_20241231.log", "2024-12-31"), ("2025-01-10.log", "2025-01-10")])
    func fileNameDates(_ name: String, _ day: String) {
        #expect(LogClock(zone: nil, fileName: name).instantDay() == day)
    }

    @Test(arguments: ["build-120250110.log", "20251310.log", "chan_12345678.log"])
    func numbersThatAreNotDates(_ name: String) {
        #expect(LogClock(zone: nil, fileName: name).instantDay() == nil)
    }

    /// Europe/Berlin moved from 02:00 to 03:00 on 2025-03-30: 02:30 does not exist there.
    @Test func localTimesInADaylightSavingGapAreCountedAndNoted() throws {
        let log = "01:55 Dana: still failing\n02:30 Sam: restarted the pool\n02:45 Sam: errors falling\n03:10 Dana: recovered\n"
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let input = SourceInput(data: Data(log.utf8), displayPath: "bridge.txt")
        let result = try Ingest.read(input, options: IngestOptions(zone: berlin, date: "2025-03-30"))
        #expect(result.messages.map(ChatTestSupport.iso) == [
            "2025-03-30T00:55:00.000Z", "2025-03-30T01:30:00.000Z", "2025-03-30T01:45:00.000Z", "2025-03-30T01:10:00.000Z",
        ].sorted())
        let note = try #require(result.notes.first { $0.contains("do not exist") })
        #expect(note.hasPrefix("2 local time(s)"))
        #expect(note.contains("Europe/Berlin"))
        #expect(note.contains("2025-03-30 02:30:00"))
    }

    @Test func noGapNoteOnAnOrdinaryDay() throws {
        let log = "01:55 Dana: still failing\n02:30 Sam: restarted the pool\n"
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let result = try Ingest.read(SourceInput(data: Data(log.utf8), displayPath: "bridge.txt"), options: IngestOptions(zone: berlin, date: "2025-03-29"))
        #expect(!result.notes.contains { $0.contains("do not exist") })
    }

    @Test func controlCodesAreStripped() {
        #expect(TextLog.stripControlCodes("\u{3}04,01red\u{3} \u{2}bold\u{2}\u{F}") == "red bold")
    }
}

/// WhatsApp exports are in the phone's local time, which can fall into a daylight-saving gap too.
@Suite struct WhatsAppClockGapTests {
    /// America/New_York moved from 02:00 to 03:00 on 2024-03-10.
    @Test func gapTimesAreCountedAndNoted() throws {
        let chat = "3/10/24, 1:58 AM - Dana: pager again\n3/10/24, 2:14 AM - Sam: on it\n3/10/24, 3:20 AM - Sam: fixed\n3/13/24, 9:00 AM - Dana: review draft is up\n"
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let result = try Ingest.read(SourceInput(data: Data(chat.utf8), displayPath: "WhatsApp Chat.txt"), options: IngestOptions(zone: zone))
        #expect(result.format == "whatsapp")
        #expect(result.messages.count == 4)
        let note = try #require(result.notes.first { $0.contains("do not exist") })
        #expect(note.hasPrefix("1 local time(s) do not exist in America/New_York"))
        #expect(note.contains("2024-03-10 02:14:00"))
    }
}

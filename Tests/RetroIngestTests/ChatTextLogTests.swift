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

    @Test func plainChatWithoutADateUsesTheStatedFallback() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("plain-chat.txt"))
        #expect(result.format == "plain-chat")
        #expect(result.messages.map(ChatTestSupport.iso) == ["1970-01-01T09:14:00.000Z", "1970-01-01T09:15:00.000Z", "1970-01-01T09:20:00.000Z"])
        #expect(result.messages[1].text == "looking\n  (at the pool metrics)")
        #expect(result.notes.contains { $0.contains("no date") && $0.contains("1970-01-01") })
    }

    @Test func controlCodesAreStripped() {
        #expect(TextLog.stripControlCodes("\u{3}04,01red\u{3} \u{2}bold\u{2}\u{F}") == "red bold")
    }
}

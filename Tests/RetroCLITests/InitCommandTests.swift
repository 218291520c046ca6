import Foundation
import Testing

@Suite struct InitCommandTests {
    static let fixtures = "Tests/RetroIngestTests/Fixtures"

    @Test func scaffoldValidatesAndCarriesWhatTheSourcesShow() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("incident.yaml").path
        let made = try RetroBinary.run([
            "init", "--from", "\(Self.fixtures)/chat/slack-export", "--from", "\(Self.fixtures)/alerts/pagerduty-log-entries.json",
            "--id", "INC-5", "--title", "Checkout errors", "-o", file,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("id: \"INC-5\""))
        #expect(text.contains("detected: "))
        #expect(text.contains("name: \"Dana Ortiz\""))
        #expect(text.contains("format: \"slack-export\""))
        #expect(text.contains("TODO: who could not do what"))
        // Paths are absolute here (the sources are outside the output folder), so validate accepts them as written.
        #expect(try RetroBinary.run(["validate", file]).status == 0)
        // An existing file is not replaced without --force.
        let again = try RetroBinary.run(["init", "--from", "\(Self.fixtures)/chat/irc.log", "-o", file])
        #expect(again.status == 2)
    }

    @Test func unreadableSourceExitsTwo() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = dir.appendingPathComponent("garbage.bin")
        try Data([0x00, 0xFF, 0x13, 0x37, 0x7B]).write(to: garbage)
        let result = try RetroBinary.run(["init", "--from", garbage.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("garbage.bin"))
        #expect(result.stderr.contains("--as"))
    }
}

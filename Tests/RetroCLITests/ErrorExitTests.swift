import Foundation
import Testing

/// Broken inputs through the binary: exit code 2 and `retro: error: path:line:col: message (hint)`.
@Suite struct ErrorExitTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var text: String
        /// What stderr must contain: the file with its position.
        var position: String
        var arguments: [String] = []
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "chat.json", text: "{\"ok\": true, \"messages\": [\n  {\"ts\": \n", position: "chat.json:3:1: "),
        Case(file: "alerts.json", text: "{\"log_entries\": [{\"id\": \"L1\",, }]}", position: "alerts.json:1:30: "),
        Case(file: "mystery.txt", text: "nothing to see\n", position: "mystery.txt:1:1: "),
        Case(file: "mystery.json", text: "{\"hello\": 1}", position: "mystery.json: $: "),
        Case(file: "series.csv", text: "timestamp,latency\n2024-03-14 09:00:00,fast\n", position: "series.csv:2:2: ", arguments: ["--as", "csv"]),
    ]

    @Test(arguments: cases)
    func inspectExitsTwoWithPositionAndHint(_ c: Case) throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(c.file)
        try Data(c.text.utf8).write(to: file)
        let result = try RetroBinary.run(["inspect", c.file] + c.arguments, cwd: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("retro: error: \(c.position)"), "\(result.stderr)")
        #expect(result.stderr.contains(" ("), "a hint in parentheses: \(result.stderr)")
    }

    @Test func aBadIncidentFileInJSONIsPlacedAtItsLineAndColumn() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\n  \"schema\": \"retro/v1\",\n  \"id\": \"X\"\n  \"title\": \"T\"\n}\n".utf8).write(to: dir.appendingPathComponent("incident.json"))
        let result = try RetroBinary.run(["build", "incident.json"], cwd: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("retro: error: incident.json:4:"), "\(result.stderr)")
        #expect(result.stderr.contains("(check for a missing comma"), "\(result.stderr)")
    }

    @Test func aBadIncidentFileInYAMLIsPlacedAtItsLine() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("schema: retro/v1\nid: X\ntitle: \"unclosed\nseverity: SEV1\n".utf8).write(to: dir.appendingPathComponent("incident.yaml"))
        let result = try RetroBinary.run(["validate", "incident.yaml"], cwd: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("retro: error: incident.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("(check the indentation"), "\(result.stderr)")
    }
}

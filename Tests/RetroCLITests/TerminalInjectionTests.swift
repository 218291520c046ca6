import Foundation
import Testing

/// Escape sequences, BEL, carriage returns, bidi controls and line breaks from sources, incident
/// fields and file names never reach a terminal or a CI log raw, whatever command prints them.
@Suite struct TerminalInjectionTests {
    /// An author name and an alert summary that try to forge GitHub workflow commands, set the
    /// window title (OSC 0), clear the screen (CSI) and reorder the line (U+202E).
    static let evilName = "Mallory\n::add-mask::secret\u{1B}]0;owned\u{07}"
    static let evilSummary = "Checkout down\n::error file=app.js,line=1::forged\u{1B}[2J\u{202E}evil\r"

    static func json(_ value: Any) throws -> Data { try JSONSerialization.data(withJSONObject: value) }

    /// A folder with a PagerDuty log, a Slack export and an incident file, all hostile.
    static func fixture() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        func entry(_ id: String, _ type: String, _ summary: String, _ at: String) -> [String: Any] {
            ["id": id, "type": type, "summary": summary, "created_at": at,
             "agent": ["id": "P1", "type": "user_reference", "summary": evilName],
             "service": ["id": "S1", "type": "service_reference", "summary": "checkout"],
             "incident": ["id": "I1", "type": "incident_reference", "summary": evilSummary]]
        }
        try json(["log_entries": [entry("A1", "trigger_log_entry", evilSummary, "2026-03-14T09:19:00Z"),
                                  entry("A2", "resolve_log_entry", "Resolved by " + evilName, "2026-03-14T11:07:00Z")]])
            .write(to: dir.appendingPathComponent("pd.json"))
        let slack = dir.appendingPathComponent("slack/inc")
        try FileManager.default.createDirectory(at: slack, withIntermediateDirectories: true)
        try json([["id": "U1", "name": "mallory", "real_name": evilName, "profile": ["real_name": evilName]]]).write(to: dir.appendingPathComponent("slack/users.json"))
        try json([["id": "C1", "name": "inc"]]).write(to: dir.appendingPathComponent("slack/channels.json"))
        try json([["type": "message", "user": "U1", "user_name": evilName, "text": "restarting\r\u{1B}[31mfake\n::error::x", "ts": "1773479940.000100"]])
            .write(to: slack.appendingPathComponent("2026-03-14.json"))
        let incident = #"""
            schema: retro/v1
            id: INC-9
            title: "Checkout \e[31mdown\n::error::title"
            severity: SEV2
            status: resolved
            window:
              started: 2026-03-14T09:02:00Z
              resolved: 2026-03-14T11:07:00Z
            sources:
              alerts: [{path: pd.json}]
              chat: [{path: slack, format: slack-export}]
            follow_ups:
              - {id: FU1, title: "Fix\n::add-mask::x \e]8;;http://evil\e\\link\e]8;;\e\\", owner: "SRE\a", due: 2026-04-15, status: open}

            """#
        try incident.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    /// What must never be printed raw: C0 controls but line break and tab, DEL, C1, bidi controls.
    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && s != "\n" && s != "\t") || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// Lines a GitHub Actions runner would read as workflow commands (it trims leading spaces).
    static func commandLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("::") }
    }

    static let commands: [[String]] = [
        ["inspect", "pd.json"], ["inspect", "slack"], ["timeline", "incident.yaml"], ["followups", "incident.yaml"],
        ["followups", "incident.yaml", "--csv"], ["build", "incident.yaml", "-o", "out"], ["validate", "incident.yaml"],
    ]

    @Test(arguments: commands)
    func nothingActsOnTheTerminal(_ arguments: [String]) throws {
        let dir = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(arguments, cwd: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = result.stdout + result.stderr
        #expect(Self.unsafeScalars(printed).isEmpty, "\(Self.unsafeScalars(printed))")
        #expect(Self.commandLines(printed).isEmpty, "\(Self.commandLines(printed))")
        #expect(printed.contains("\\e") || printed.contains("\\n") || ["validate", "build"].contains(arguments[0]), "the escapes are shown, not dropped")
    }

    /// A quoted value in an error message stays on its line.
    @Test func errorQuotesStayOnOneLine() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "schema: retro/v1\nid: INC-1\ntitle: t\nseverity: \"SEV9\\n::error::forged\\e[2J\"\nstatus: resolved\n".write(
            to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["validate", "incident.yaml"], cwd: dir)
        #expect(result.status == 2)
        #expect(Self.unsafeScalars(result.stderr).isEmpty, "\(result.stderr)")
        #expect(Self.commandLines(result.stderr).isEmpty, "\(result.stderr)")
    }

    /// A file name with a line break and an escape in `retro lint`'s text and github formats.
    @Test(arguments: ["text", "github"])
    func lintFileNamesAndMatches(_ format: String) throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "retro\n::add-mask::x\u{1B}[2J.md"
        try "# Retro\n\nSam should have caught \u{1B}]0;owned\u{07}this.\n".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["lint", name, "--format", format], cwd: dir)
        #expect(result.status == 1, "\(result.stderr)")
        let printed = result.stdout + result.stderr
        #expect(Self.unsafeScalars(printed).isEmpty, "\(Self.unsafeScalars(printed))")
        let commands = Self.commandLines(printed)
        #expect(!commands.contains { $0.hasPrefix("::add-mask::") }, "\(commands)")
        // The github format's own commands, one per finding, are the only ones.
        #expect(commands.allSatisfy { $0.hasPrefix("::warning file=") || $0.hasPrefix("::error file=") || $0.hasPrefix("::notice file=") }, "\(commands)")
    }
}

import Foundation
import Testing

/// What `--help` prints and what the docs point to: prose that ArgumentParser wraps itself (a
/// hand-broken line leaves fragments such as "…or\nusage,\n3 internal fault"), examples that fit
/// a terminal, and no reference to a file the project does not hold.
@Suite struct HelpTextTests {
    static let commands = ["", "build", "validate", "inspect", "timeline", "init", "followups", "lint", "rules", "explain"]

    static func help(_ command: String) throws -> String {
        let result = try RetroBinary.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        return result.stdout
    }

    /// Lines of prose (not indented, not a heading) that are short and followed by more prose.
    static func fragments(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        func prose(_ line: String) -> Bool { !line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(":") && line.uppercased() != line }
        return lines.indices.dropLast(1).filter { i in
            i > 0 && prose(lines[i - 1]) && prose(lines[i]) && lines[i].count < 25 && prose(lines[i + 1])
        }.map { lines[$0] }
    }

    /// Example lines (indented by two) that ArgumentParser had to wrap.
    static func wrappedExamples(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        return lines.indices.dropLast(1).filter { i in
            lines[i].hasPrefix("  retro ") && lines[i].count > 70 && !lines[i + 1].isEmpty && !lines[i + 1].hasPrefix(" ")
        }.map { lines[$0] }
    }

    @Test(arguments: commands) func helpProseIsWrappedOnlyByTheParser(command: String) throws {
        let text = try Self.help(command)
        #expect(Self.fragments(text).isEmpty, "hand-broken lines in 'retro \(command) --help': \(Self.fragments(text))")
        #expect(Self.wrappedExamples(text).isEmpty, "examples wider than 80 columns: \(Self.wrappedExamples(text))")
    }

    @Test func theFragmentCheckCatchesTheOldExitCodeText() {
        let old = """
            Exit codes: 0 success, 1 findings at or above the fail level, 2 bad input or
            usage,
            3 internal fault.
            """
        #expect(Self.fragments(old) == ["usage,"])
    }

    /// Every `docs/….md`, `schema/…` or relative Markdown link named in the help, the README or the
    /// docs exists in the repository.
    @Test func everyFileTheDocsNameExists() throws {
        var texts: [(String, String, URL)] = []  // (where, text, folder links resolve against)
        for command in Self.commands { texts.append(("retro \(command) --help", try Self.help(command), RetroBinary.root)) }
        let docs = RetroBinary.root.appendingPathComponent("docs")
        texts.append(("README.md", try String(contentsOf: RetroBinary.root.appendingPathComponent("README.md"), encoding: .utf8), RetroBinary.root))
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path) where name.hasSuffix(".md") {
            texts.append(("docs/\(name)", try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8), docs))
        }
        var missing: [String] = []
        for (place, text, base) in texts {
            #expect(!text.contains("DESIGN.md"), "\(place) points to DESIGN.md, which the project does not hold")
            for match in text.matches(of: /(?:^|[\s'(`])((?:docs|schema)\/[A-Za-z0-9._-]+\.(?:md|json))/) {
                let path = String(match.1)
                if !FileManager.default.fileExists(atPath: RetroBinary.root.appendingPathComponent(path).path) { missing.append("\(place): \(path)") }
            }
            for match in text.matches(of: /\]\(([A-Za-z0-9._\/-]+\.(?:md|json|yml|yaml))(?:#[^)]*)?\)/) {
                let path = String(match.1)
                if !FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path) { missing.append("\(place): \(path)") }
            }
        }
        #expect(missing.isEmpty, "\(missing)")
    }
}

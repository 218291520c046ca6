import Foundation
import Testing

@testable import RetroCLI

/// `retro lint`, `rules` and `explain` exit codes.
@Suite(.serialized) struct LintCommandTests {
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retro-lint-tests-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func exitCodes() throws {
        let clean = try Self.temporaryFile("clean.md", "The pool filled up.\n")
        let blameful = try Self.temporaryFile("blame.md", "It was careless.\n")
        let term = try Self.temporaryFile("term.md", "The postmortem.\n")
        #expect(RetroCLI.run(["lint", clean]) == 0)
        #expect(RetroCLI.run(["lint", blameful]) == 1)
        #expect(RetroCLI.run(["lint", blameful, "--fail-level", "error"]) == 0)
        #expect(RetroCLI.run(["lint", blameful, "--fail-level", "none"]) == 0)
        #expect(RetroCLI.run(["lint", term]) == 0)
        #expect(RetroCLI.run(["lint", term, "--fail-level", "suggestion"]) == 1)
        #expect(RetroCLI.run(["lint", "/nonexistent/x.md"]) == 2)
        #expect(RetroCLI.run(["lint", clean, "--format", "sarf"]) == 2)
        #expect(RetroCLI.run(["lint", clean, "--fail-level", "warn"]) == 2)
        #expect(RetroCLI.run(["lint"]) == 2)
    }

    @Test func badConfigIsExitTwo() throws {
        let config = try Self.temporaryFile("bad.yml", "rulez: {}\n")
        let clean = try Self.temporaryFile("clean2.md", "Text.\n")
        #expect(RetroCLI.run(["lint", clean, "--config", config]) == 2)
        #expect(RetroCLI.run(["lint", "--print-config"]) == 0)
    }

    @Test func directoriesAreSearchedForMarkdown() throws {
        let file = try Self.temporaryFile("dir-blame.md", "It was sloppy.\n")
        let folder = (file as NSString).deletingLastPathComponent
        #expect(RetroCLI.run(["lint", folder, "--format", "json"]) == 1)
    }

    @Test func rulesAndExplain() {
        #expect(RetroCLI.run(["rules"]) == 0)
        #expect(RetroCLI.run(["rules", "--json"]) == 0)
        #expect(RetroCLI.run(["explain", "blame.counterfactual"]) == 0)
        #expect(RetroCLI.run(["explain", "blame.counterfactul"]) == 2)
    }
}

import Foundation
import RetroModel
import Testing

@testable import RetroCLI

/// Lint findings on a generated document, moved to the incident file's line and column when the
/// flagged text was written there.
@Suite struct IncidentFindingLocatorTests {
    static let incident = """
        schema: retro/v1
        id: INC-9
        title: Search down
        contributing_factors:
          - id: CF1
            description: >
              The release went out on a Friday and
              the on-call engineer should have noticed
              the failing index_check.
        went_well: [Nobody should have to page twice.]
        technical_analysis: |
          What happened: this was simply human error during the rebuild.
        """

    static func finding(line: Int, column: Int, match: String) -> Diagnostic {
        Diagnostic(path: "out/retrospective.md", line: line, column: column, endLine: line, endColumn: column + match.count - 1,
            rule: "blame.counterfactual", category: .blame, severity: .warning, message: "Why.", match: match)
    }

    static func relocate(_ markdown: String, _ finding: Diagnostic) -> Diagnostic {
        IncidentFindingLocator(text: incident, path: "incident.yaml").relocate([finding], markdown: markdown)[0]
    }

    @Test func aPhraseFromAFoldedFieldPointsAtItsLineAndColumn() {
        let md = "# INC-9\n\nThe release went out on a Friday and the on-call engineer should have noticed the failing index\\_check.\n"
        let moved = Self.relocate(md, Self.finding(line: 3, column: 59, match: "should have noticed"))
        #expect(moved.path == "incident.yaml")
        // Line 8 is "      the on-call engineer should have noticed": the phrase starts at column 28.
        #expect((moved.line, moved.column, moved.endLine, moved.endColumn) == (8, 28, 8, 46))
        #expect(moved.message == "Why. (shown in out/retrospective.md:3)")
    }

    @Test func aPhraseInABlockScalarPointsAtItsLine() {
        let md = "## Technical analysis\n\nWhat happened: this was simply human error during the rebuild.\n"
        let moved = Self.relocate(md, Self.finding(line: 3, column: 32, match: "human error"))
        #expect((moved.path, moved.line, moved.column, moved.endColumn) == ("incident.yaml", 12, 34, 44))
    }

    @Test func theSamePhraseInOtherWordsStaysInTheDocument() {
        // "should have" is in the file twice, but never followed by "caught the regression".
        let md = "- 10:05 Sam: I should have caught the regression\n"
        let finding = Self.finding(line: 1, column: 16, match: "should have")
        #expect(Self.relocate(md, finding) == finding)
    }

    @Test func aPhraseTheFileDoesNotHoldStaysInTheDocument() {
        let md = "The engineer failed to notice the page.\n"
        let finding = Self.finding(line: 1, column: 14, match: "failed to notice")
        #expect(Self.relocate(md, finding) == finding)
    }

    @Test func aTableCellThatIsThePhraseAloneIsFound() {
        let md = "| What went well |\n|---|\n| Nobody should have to page twice. |\n"
        let moved = Self.relocate(md, Self.finding(line: 3, column: 10, match: "should have"))
        #expect((moved.path, moved.line, moved.column) == ("incident.yaml", 10, 20))
    }

    @Test func aPhraseWrittenTwiceInTheSameWordsIsNotGuessed() {
        let text = "went_well:\n  - It was simply human error.\n  - It was simply human error.\n"
        let finding = Self.finding(line: 1, column: 17, match: "human error")
        let moved = IncidentFindingLocator(text: text, path: "incident.yaml").relocate([finding], markdown: "- It was simply human error.\n")[0]
        #expect(moved == finding)
    }

    @Test func buildPrintsFindingsAtTheIncidentFilesLines() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            schema: retro/v1
            id: INC-9
            title: Search down
            severity: SEV2
            window: {started: 2026-05-01T10:00:00Z, detected: 2026-05-01T10:05:00Z, resolved: 2026-05-01T11:00:00Z}
            contributing_factors:
              - id: CF1
                category: process
                title: Deploy checks skipped the search index
                description: >
                  The release went out on a Friday and
                  the on-call engineer should have noticed
                  the failing index check.
            follow_ups:
              - {id: FU1, title: Add an index check, owner: Search team, due: 2026-06-01, addresses: [CF1]}
            technical_analysis: |
              What happened: this was simply human error during the rebuild.
            """.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["build", "incident.yaml", "--audience", "internal"], cwd: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("incident.yaml:12:28: warning: [blame.counterfactual] 'should have noticed'"), "\(result.stderr)")
        #expect(result.stderr.contains("incident.yaml:17:34: warning: [blame.human-error] 'human error'"))
        #expect(result.stderr.contains("(shown in retro-out/retrospective.md:"))
        #expect(!result.stderr.contains("\nretro-out/retrospective.md:"), "a finding was left on the generated file")
    }
}

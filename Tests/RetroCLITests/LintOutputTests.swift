import Foundation
import Testing

/// `retro lint --output FILE`: the same report as standard output, for every format, written whole.
@Suite struct LintOutputTests {
    static func workspace() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        try "# Queue stall\n\nIt was careless.\n\nThe postmortem is late.\n".write(
            to: dir.appendingPathComponent("a retro.md"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test(arguments: ["text", "json", "sarif", "github", "rdjson"])
    func outputHoldsWhatStdoutWouldPrint(format: String) throws {
        let dir = try Self.workspace()
        let printed = try RetroBinary.run(["lint", "a retro.md", "--format", format], cwd: dir)
        let written = try RetroBinary.run(["lint", "a retro.md", "--format", format, "--output", "report.out"], cwd: dir)
        #expect(printed.status == 1)
        #expect(written.status == 1, "the exit code does not depend on where the report goes")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains("wrote report.out (1 file checked: 0 errors, 1 warnings, 1 suggestions)"), "\(written.stderr)")
        let file = try String(contentsOf: dir.appendingPathComponent("report.out"), encoding: .utf8)
        #expect(file == printed.stdout)
        #expect(file.contains("careless"), "the report is not empty")
    }

    @Test func anUnwritableOutputIsExitTwoAndLeavesNothing() throws {
        let dir = try Self.workspace()
        let missing = try RetroBinary.run(["lint", "a retro.md", "--output", "absent/report.sarif"], cwd: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent/report.sarif"), "\(missing.stderr)")
        let folder = try RetroBinary.run(["lint", "a retro.md", "--output", "."], cwd: dir)
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("--output names a folder"), "\(folder.stderr)")
    }

    @Test func theSarifFilePassesTheValidator() throws {
        let dir = try Self.workspace()
        let sarif = dir.appendingPathComponent("retro.sarif")
        _ = try RetroBinary.run(["lint", "a retro.md", "--format", "sarif", "--output", sarif.path], cwd: dir)
        guard try RetroBinary.tool(["python3", "-c", "import jsonschema"]).status == 0 else {
            print("note: python3-jsonschema is missing; bench/validate_sarif.py is skipped (make test installs it)")
            return
        }
        let validate = try RetroBinary.tool([
            "python3", RetroBinary.root.appendingPathComponent("bench/validate_sarif.py").path, sarif.path,
        ])
        let text = validate.stdout + validate.stderr
        #expect(validate.status == 0, "\(text)")
        #expect(text.contains("valid: 2 results"), "\(text)")
    }
}

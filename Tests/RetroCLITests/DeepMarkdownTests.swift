import Foundation
import Testing

/// Deeply nested Markdown (100,000 levels of block quote, list or emphasis) must be linted or
/// refused, never crash: the lint walks its blocks recursively, so a block nested deeper than
/// `CMark.maximumNesting` is reported as `lint.nesting` and left unwalked. Run in a child process,
/// so that a regression shows as a failed exit status rather than a crashed test run.
@Suite struct DeepMarkdownTests {
    static let inputs: [(String, String)] = [
        ("block quotes", String(repeating: ">", count: 100_000) + " deep\n"),
        ("list items", String(repeating: "- ", count: 50_000) + "x\n"),
        ("emphasis", String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n"),
    ]

    @Test(arguments: inputs.map(\.0))
    func deeplyNestedMarkdownDoesNotCrashTheLint(kind: String) throws {
        let text = try #require(Self.inputs.first { $0.0 == kind }?.1)
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try text.write(to: dir.appendingPathComponent("deep.md"), atomically: true, encoding: .utf8)
        // Each input is one line of 100 KB, which `lint.too-large` leaves unparsed by default; the
        // limit is raised so that the nesting guard is what meets it.
        let result = try RetroBinary.run(["lint", "deep.md"], cwd: dir, environment: ["RETRO_MAX_LINT_LINE_BYTES": "1000000"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stdout.contains("deep.md:1:1: warning: [lint.nesting]"), "\(result.stdout.prefix(300))")
    }
}

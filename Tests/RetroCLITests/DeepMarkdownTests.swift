import Foundation
import Testing

/// Deeply nested Markdown (100,000 levels of block quote, list or emphasis) must be linted or
/// refused, never crash. Today `CMark.convert` recurses once per nesting level and overflows the
/// stack (SIGSEGV, exit 139): a known issue, reported to the owner of Sources/RetroMarkdown/CMark.swift,
/// which is being rewritten to walk the tree directly. Run in a child process, so the crash is contained.
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
        let result = try RetroBinary.run(["lint", "deep.md"], cwd: dir)
        withKnownIssue("CMark.convert recurses per nesting level and overflows the stack", isIntermittent: true) {
            #expect(result.status == 0 || result.status == 1 || result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
        }
    }
}

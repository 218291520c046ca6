import Foundation
import Testing

/// The project practises what it lints: its docs, templates and generated samples pass `retro lint`.
@Suite struct ProjectLintTests {
    @Test func docsAndTemplatesPass() throws {
        let templates = try FileManager.default.contentsOfDirectory(atPath: RetroBinary.root.appendingPathComponent("templates").path)
            .filter { $0.hasSuffix(".mustache") }.map { "templates/\($0)" }
        let result = try RetroBinary.run(["lint", "README.md", "docs", "--fail-level", "suggestion"] + templates)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(arguments: ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"])
    func generatedSamplePasses(name: String) throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try RetroBinary.run(["build", "samples/\(name)/incident.yaml", "-o", out.path, "--format", "markdown"]).status == 0)
        let result = try RetroBinary.run(["lint", out.appendingPathComponent("retrospective.md").path, out.appendingPathComponent("customer-summary.md").path, "--fail-level", "warning"])
        #expect(result.stdout.contains("2 files checked"), "\(result.stdout)")
        #expect(result.status == 0, "\(result.stdout)")
    }
}

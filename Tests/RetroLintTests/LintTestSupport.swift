import Foundation
import RetroModel

@testable import RetroLint

/// Helpers shared by the lint tests.
enum LintTestSupport {
    static func lint(_ text: String, config: LintConfig = LintConfig()) -> [Diagnostic] {
        Linter.lint(text, path: "doc.md", config: config)
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }
}

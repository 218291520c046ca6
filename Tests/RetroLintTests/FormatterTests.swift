import Foundation
import RetroModel
import Testing

@testable import RetroLint

@Suite struct FormatterTests {
    static let report = LintReport(
        diagnostics: Linter.lint("It was careless.\n\nThe postmortem, sadly.", path: "docs/a,b:c.md"), files: 1)

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHasTheDesignShape() throws {
        let root = try Self.object(JSONFormatter().format(Self.report))
        #expect(root["version"] as? Int == 1)
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let keys = ["path", "line", "column", "endLine", "endColumn", "rule", "category", "severity", "message", "match", "suggestion"]
        #expect(Set(diagnostics[0].keys) == Set(keys))
        #expect(diagnostics[0]["rule"] as? String == "blame.judgment")
        #expect(diagnostics[0]["column"] as? Int == 8)
        #expect(diagnostics[1]["suggestion"] as? String == "retrospective")
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "errors": 0, "warnings": 1, "suggestions": 1])
    }

    @Test func sarifCarriesRulesAndRegions() throws {
        let root = try Self.object(SARIFFormatter().format(Self.report))
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalog.all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.first?["level"] as? String == "warning")
        #expect(results.last?["level"] as? String == "note")
        let location = try #require((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startColumn"] as? Int == 8)
        #expect(region["endColumn"] as? Int == 16, "SARIF end columns are exclusive")
        let index = try #require(results.first?["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "blame.judgment")
    }

    @Test func githubEscapesPropertiesAndData() {
        let text = GitHubFormatter().format(Self.report)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("::warning file=docs/a%2Cb%3Ac.md,line=1,col=8,endLine=1,endColumn=15,title=blame.judgment::"))
        #expect(text.contains("::notice "))
        #expect(GitHubFormatter.data("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GitHubFormatter.property("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test func rdjsonHasSuggestionsForSubstitutions() throws {
        let root = try Self.object(RDJSONFormatter().format(Self.report))
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0]["suggestions"] == nil, "blame rewrites need a person")
        let suggestion = try #require((diagnostics[1]["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["text"] as? String == "retrospective")
        #expect((diagnostics[1]["code"] as? [String: Any])?["value"] as? String == "terminology.postmortem")
        #expect(diagnostics[0]["severity"] as? String == "WARNING")
    }

    @Test func textIsCompilerStyleWithSummary() {
        let text = TextFormatter().format(Self.report)
        #expect(text.hasPrefix("docs/a,b:c.md:1:8: warning: [blame.judgment] 'careless': "))
        #expect(text.hasSuffix("1 file checked: 0 errors, 1 warnings, 1 suggestions\n"))
        #expect(!text.contains("\u{1B}"))
        #expect(TextFormatter(colour: true).format(Self.report).contains("\u{1B}[1;33mwarning"))
    }
}

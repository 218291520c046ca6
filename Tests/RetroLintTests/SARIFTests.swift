import Foundation
import RetroModel
import Testing

@testable import RetroLint

/// What GitHub code scanning needs from SARIF: the tool's version, fingerprints that survive
/// edits above a finding, and URIs a consumer can resolve.
@Suite struct SARIFTests {
    static func results(_ text: String, path: String = "docs/retro.md") throws -> [[String: Any]] {
        let report = LintReport(diagnostics: Linter.lint(text, path: path), files: 1)
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(SARIFFormatter(version: "9.8.7").format(report).utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        return try #require(run["results"] as? [[String: Any]])
    }

    static func fingerprint(_ result: [String: Any]) -> String? {
        (result["partialFingerprints"] as? [String: String])?[SARIFFingerprints.key]
    }

    static func uri(_ result: [String: Any]) -> String? {
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }

    @Test func theDriverCarriesTheVersion() throws {
        let report = LintReport(diagnostics: [], files: 1)
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(SARIFFormatter(version: "9.8.7").format(report).utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["version"] as? String == "9.8.7")
    }

    @Test func fingerprintsSurviveTextAddedAbove() throws {
        let before = try Self.results("It was careless.\n\nThe postmortem is late.\n")
        let after = try Self.results("# Summary\n\nA new paragraph.\n\nIt was careless.\n\nThe postmortem is late.\n")
        #expect(before.count == 2)
        #expect(before.map(Self.fingerprint) == after.map(Self.fingerprint))
        #expect(Set(before.compactMap(Self.fingerprint)).count == 2)
    }

    @Test func repeatedFindingsGetTheirOwnFingerprints() throws {
        let results = try Self.results("It was careless.\n\nIt was careless.\n")
        #expect(results.count == 2)
        #expect(Self.fingerprint(results[0]) != Self.fingerprint(results[1]))
        let other = try Self.results("It was careless.\n\nIt was careless.\n", path: "docs/other.md")
        #expect(Self.fingerprint(other[0]) != Self.fingerprint(results[0]), "the file is part of the identity")
    }

    @Test func fnv1aMatchesTheReferenceVectors() {
        // Published FNV-1a 64-bit test vectors.
        #expect(SARIFFingerprints.fnv1a("") == "cbf29ce484222325")
        #expect(SARIFFingerprints.fnv1a("a") == "af63dc4c8601ec8c")
        #expect(SARIFFingerprints.fnv1a("foobar") == "85944171f73967e8")
    }

    @Test(arguments: [
        ("docs/retro.md", "docs/retro.md"),
        ("docs/post mortems/100% #1.md", "docs/post%20mortems/100%25%20%231.md"),
        ("docs/réunion?.md", "docs/r%C3%A9union%3F.md"),
        ("/srv/retros/a b.md", "file:///srv/retros/a%20b.md"),
        ("<stdin>", "%3Cstdin%3E"),
    ])
    func urisArePercentEncoded(path: String, expected: String) throws {
        #expect(SARIFURI.encode(path) == expected)
        let results = try Self.results("It was careless.\n", path: path)
        #expect(results.first.flatMap(Self.uri) == expected)
    }

    /// Every rule's `helpUri` anchor names a heading of docs/lint.md, as GitHub slugs headings
    /// (lower case, punctuation other than '-' and '_' dropped, spaces to '-').
    @Test func helpAnchorsNameHeadingsOfTheLintDocs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docs = try String(contentsOf: root.appendingPathComponent("docs/lint.md"), encoding: .utf8)
        let slugs = Set(docs.split(separator: "\n").filter { $0.hasPrefix("#") }.map { line -> String in
            let text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
            return String(text.compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : nil })
        })
        for rule in RuleCatalog.all {
            let uri = SARIFFormatter.helpURI(for: rule.id)
            let anchor = try #require(uri.split(separator: "#").last.map(String.init))
            #expect(slugs.contains(anchor), "\(rule.id): docs/lint.md has no heading for #\(anchor)")
        }
    }
}

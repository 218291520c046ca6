import Foundation
import RetroAssemble
import RetroLint
import RetroModel
import Testing

@testable import RetroIngest

/// The incident-file checks: their catalogue entries match the checker, their examples are true,
/// and `retro build` prints them at the incident file's line and column.
@Suite struct IncidentCheckTests {
    static let header = "schema: retro/v1\nid: INC-9\ntitle: T\nseverity: SEV2\n"
    static let headerLines = 4

    @Test func everyCheckIsInTheCatalogue() throws {
        let catalogued = RuleCatalog.all.filter(\.checksIncidentFile).map(\.id)
        for rule in ConsistencyRule.allCases where rule != .followUpOwner {
            #expect(catalogued.contains(rule.id), "\(rule.id) is listed by 'retro rules'")
            #expect(RuleCatalog.description(of: rule.id)?.severity == rule.severity)
        }
        #expect(RuleCatalog.description(of: ConsistencyRule.followUpOwner.id) != nil)
        #expect(catalogued.allSatisfy { ConsistencyRule(rawValue: $0) != nil })
    }

    /// The examples `retro explain` prints, run through the checker (window-sources needs an alert log, tested in RetroAssembleTests).
    @Test(arguments: RuleCatalog.all.filter { $0.checksIncidentFile && $0.id != ConsistencyRule.windowSources.id }.map(\.id))
    func examplesAreTrue(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        for example in rule.triggering {
            let (text, markers) = RuleExamples.stripMarkers(example)
            #expect(!markers.isEmpty)
            #expect(try Self.positions(text, rule: id) == markers.map { "\($0.line + Self.headerLines):\($0.column)" }, "\(example)")
        }
        for example in rule.nonTriggering {
            #expect(try Self.positions(example, rule: id).isEmpty, "\(example)")
        }
    }

    static func positions(_ yaml: String, rule: String) throws -> [String] {
        let (incident, positions) = try IncidentFile.decodeWithPositions(Data((header + yaml).utf8), path: "incident.yaml")
        return ConsistencyChecker.check(Assembler.assemble(incident)).filter { $0.rule.id == rule }.map { finding in
            let at = positions.location(finding.jsonPath, file: "incident.yaml")
            return "\(at.line ?? 0):\(at.column ?? 0)"
        }
    }

    @Test func buildReportsThemAtTheIncidentFileAndStrictFails() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("incident.yaml")
        let yaml = Self.header + """
            window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z, resolved: 2026-03-14T11:07:00Z}
            contributing_factors:
              - {id: CF1, category: technical, title: No pool alert}
            follow_ups:
              - {id: FU1, title: Tidy the runbook, due: 2026-04-15}

            """
        try yaml.write(to: incident, atomically: true, encoding: .utf8)
        let relaxed = try RetroBinary.run(["build", incident.path, "-o", dir.appendingPathComponent("out").path])
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(relaxed.stderr.contains("\(incident.path):7:5: warning: [structure.factor-follow-up] No follow-up addresses the factor 'CF1'"), "\(relaxed.stderr)")
        #expect(relaxed.stderr.contains("\(incident.path):9:5: warning: [structure.follow-up-addresses] The follow-up 'FU1'"))
        #expect(relaxed.stderr.contains("\(incident.path):9:5: warning: [structure.follow-up-owner] The follow-up 'FU1' has no owner"))
        let markdownOwnerFindings = relaxed.stderr.split(separator: "\n").filter { $0.contains("retrospective.md:") && $0.contains("[structure.follow-up-owner]") }
        #expect(markdownOwnerFindings.isEmpty, "reported once, at the incident file")
        let strict = try RetroBinary.run(["build", incident.path, "-o", dir.appendingPathComponent("out").path, "--strict"])
        #expect(strict.status == 1)
    }
}

/// `↓` markers in rule examples: the text without them, and where each stood (1-based line and column).
enum RuleExamples {
    static func stripMarkers(_ example: String) -> (String, [(line: Int, column: Int)]) {
        var text = "", markers: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        for scalar in example.unicodeScalars {
            if Character(scalar) == RuleDescription.marker {
                markers.append((line, column))
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (text, markers)
    }
}

@Suite struct EvidenceWarningTests {
    @Test func unresolvedEvidenceIsAWarningAtItsLine() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("incident.yaml")
        try (IncidentCheckTests.header + """
            timeline:
              - {at: 2026-03-14T10:18:00Z, kind: breakthrough, text: Pool at 64 of 64 connections., key: true}
            contributing_factors:
              - id: CF1
                category: technical
                title: Pool too small
                accepted: true
                accepted_reason: Replaced next quarter.
                evidence: [64 of 64, the dashboard nobody has]

            """).write(to: incident, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", incident.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("retro: warning: \(incident.path):13:26: $.contributing_factors[0].evidence[1]: the evidence 'the dashboard nobody has' of factor 'CF1' matches no timeline event"), "\(result.stderr)")
        #expect(!result.stderr.contains("'64 of 64'"))
        let md = try String(contentsOf: out.appendingPathComponent("retrospective.md"), encoding: .utf8)
        #expect(md.contains("Evidence: [10:18 Pool at 64 of 64 connections.](#event-1) (timeline); the dashboard nobody has"))
        let html = try String(contentsOf: out.appendingPathComponent("retrospective.html"), encoding: .utf8)
        #expect(html.contains("<a href=\"#event-1\">"))
        #expect(html.contains("<tr id=\"event-1\">"))
        #expect(html.contains("aria-labelledby=\"fishbone-title fishbone-desc\""), "the fishbone is inlined")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("assets/fishbone.svg").path))
        #expect(md.contains("](assets/fishbone.svg)"))
        #expect(md.contains("accepted as a risk") && md.contains("Why it is accepted: Replaced next quarter."))
    }
}

import Foundation
import RetroModel
import Testing

@testable import RetroIngest

/// YAML aliases in incident files: a few are fine, a "billion laughs" file is refused quickly at the alias.
@Suite struct YAMLAliasTests {
    static let header = "schema: retro/v1\nid: INC-1\ntitle: T\nseverity: SEV2\n"

    /// Nine levels of nine aliases each: 387 million values once expanded, from about 600 bytes.
    static var bomb: String {
        var lines = ["x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            lines.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return header + lines.joined(separator: "\n") + "\nwent_well: *a9\n"
    }

    @Test func billionLaughsIsRefusedAtTheAlias() throws {
        let started = Date()
        let errors = IncidentFileTests.problems(Self.bomb)
        #expect(Date().timeIntervalSince(started) < 5, "refused before the tree is expanded")
        let error = try #require(errors.first)
        #expect(errors.count == 1, "one error, not one per expanded value: \(errors.count)")
        #expect(error.message.contains("The alias '*a3'"), "\(error.message)")
        #expect(error.message.contains("more than 10000 values"))
        #expect(error.location.line == 9, "the line of 'x4', whose list holds the alias that crosses the limit")
        #expect(error.location.jsonPath == "$.x4[0]")
    }

    @Test func aFewAliasesStillWork() throws {
        let yaml = Self.header + "went_well: &w [The runbook worked., Paging was fast.]\nmonitoring_gaps: *w\n"
        let incident = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
        #expect(incident.wentWell == ["The runbook worked.", "Paging was fast."])
        #expect(incident.monitoringGaps == ["The runbook worked.", "Paging was fast."])
    }
}

import Foundation
import RetroModel
import Testing

@testable import RetroIngest

/// The YAML of an incident file is composed with Yams' basic resolver (every scalar is text to the
/// decoder); a key written twice is still refused, at the first of the two.
@Suite struct IncidentYAMLKeyTests {
    static let header = "schema: retro/v1\nid: INC-1\ntitle: T\nseverity: SEV2\n"

    static func problems(_ yaml: String) -> [InputError] {
        do {
            _ = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
            return []
        } catch let errors as InputErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected error type: \(error)")
            return []
        }
    }

    @Test func aKeyWrittenTwiceIsAnErrorAtTheFirstOne() throws {
        let found = Self.problems(Self.header + "narrative: a\nsupport: b\nnarrative: c\n")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.message.contains("'narrative'") && problem.message.contains("twice"), "\(problem.message)")
        #expect(problem.location.line == 5)
        #expect(problem.location.column == 1)
    }

    @Test func aKeyWrittenTwiceInANestedMappingIsFoundThere() throws {
        let yaml = Self.header + "follow_ups:\n  - id: FU1\n    title: a\n    title: b\n"
        let problem = try #require(Self.problems(yaml).first)
        #expect(problem.message.contains("'title'"), "\(problem.message)")
        #expect(problem.location.line == 7)
        #expect(problem.location.column == 5)
    }

    @Test func valuesYAMLWouldTypeStayTheTextWritten() throws {
        let yaml = Self.header + "narrative: yes\nsupport: 0x10\nfollow_ups:\n  - {id: FU1, title: 010, owner: on, status: open}\n"
        let incident = try IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
        #expect(incident.narrative == "yes")
        #expect(incident.support == "0x10")
        #expect(incident.followUps.first?.title == "010")
        #expect(incident.followUps.first?.owner == "on")
    }
}

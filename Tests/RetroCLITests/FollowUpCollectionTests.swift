import Foundation
import RetroModel
import Testing

@testable import RetroCLI

/// Incident files are read on several threads; what the collection reports must not depend on it.
@Suite struct FollowUpCollectionTests {
    /// 60 files: most good, every seventh broken, every eleventh a copy of an earlier incident.
    static func folder() throws -> (URL, [String]) {
        let dir = try RetroBinary.temporaryDirectory()
        var files: [String] = []
        for index in 0..<60 {
            let id = index % 11 == 10 ? "INC-\(index - 5)" : "INC-\(index)"
            let followUps = index % 7 == 3 ? "folow_ups: []\n" : "follow_ups:\n  - {id: FU1, title: Task \(index), owner: Team \(index % 4), due: 2026-0\(index % 9 + 1)-1\(index % 10), status: open}\n  - {id: FU2, title: Other \(index), status: done}\n"
            let text = "schema: retro/v1\nid: \(id)\ntitle: Incident \(index)\nseverity: SEV3\n" + followUps
            let path = dir.appendingPathComponent(String(format: "f%02d.yaml", index)).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        return (dir, files)
    }

    @Test func theSameRowsErrorsAndWarningsOnOneThreadOrTwo() throws {
        let (dir, files) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = FollowUpCollection(files: files, asOf: "2026-05-01", workers: 1)
        let two = FollowUpCollection(files: files, asOf: "2026-05-01", workers: 2)
        #expect(one.rows.count > 80)
        #expect(one.errors.count == 9)
        #expect(one.warnings.count == 3)
        #expect(two.rows.map(\.csv) == one.rows.map(\.csv))
        #expect(two.errors.map(\.description) == one.errors.map(\.description))
        #expect(two.warnings == one.warnings)
        #expect(two.fileCount == 60)
        // Errors come in file order, each at its line.
        #expect(one.errors.first?.description.contains("f03.yaml:5:1") == true, "\(one.errors.first?.description ?? "")")
        #expect(one.warnings.first?.contains("f21.yaml") == true && one.warnings.first?.contains("f16.yaml") == true)
    }
}

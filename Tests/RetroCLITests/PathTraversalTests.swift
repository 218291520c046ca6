import Foundation
import Testing

/// Source paths in an incident file may not lead outside its folder (by `..`, an absolute path
/// or a symbolic link) unless `--allow-outside-paths` is given.
@Suite struct PathTraversalTests {
    static let log = "10:00 Dana: checkout errors are up\n10:05 Sam: rolling back\n"

    /// `root/case/incident.json` naming `path`, and `root/outside/chat-2026-01-10.log`.
    static func layout(path: (URL) -> String, link: Bool = false) throws -> (root: URL, folder: URL) {
        let root = try RetroBinary.temporaryDirectory()
        let folder = root.appendingPathComponent("case"), outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try log.write(to: outside.appendingPathComponent("chat-2026-01-10.log"), atomically: true, encoding: .utf8)
        if link { try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("linked-2026-01-10.log"), withDestinationURL: outside.appendingPathComponent("chat-2026-01-10.log")) }
        let incident: [String: Any] = [
            "schema": "retro/v1", "id": "INC-1", "title": "Checkout errors", "severity": "SEV2", "timezone": "UTC",
            "window": ["started": "2026-01-10T10:00:00Z", "resolved": "2026-01-10T11:00:00Z"],
            "sources": ["chat": [["path": path(root), "format": "plain-chat", "tz": "UTC"]]],
        ]
        try JSONSerialization.data(withJSONObject: incident).write(to: folder.appendingPathComponent("incident.json"))
        return (root, folder)
    }

    @Test(arguments: ["dotdot", "absolute", "symlink"])
    func aSourceOutsideTheIncidentFolderIsRefusedUnlessAllowed(kind: String) throws {
        let (root, folder) = try Self.layout(path: { root in
            switch kind {
            case "dotdot": "../outside/chat-2026-01-10.log"
            case "absolute": root.appendingPathComponent("outside/chat-2026-01-10.log").path
            default: "linked-2026-01-10.log"
            }
        }, link: kind == "symlink")
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try RetroBinary.run(["build", "incident.json"], cwd: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("incident.json: $.sources.chat[0].path: The source"), "\(refused.stderr)")
        #expect(refused.stderr.contains("is outside the incident file's folder"))
        #expect(refused.stderr.contains("--allow-outside-paths"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("retro-out").path))
        let allowed = try RetroBinary.run(["build", "incident.json", "--allow-outside-paths"], cwd: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }
}

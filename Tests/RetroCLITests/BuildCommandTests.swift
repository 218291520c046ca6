import Foundation
import Testing

@Suite struct BuildCommandTests {
    static let samples = ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"]
    static let sections = ["Stakeholder message", "Monitoring context", "Timeline", "Contributing factors", "Technical analysis", "Follow-ups", "Narrative"]

    static func sample(_ name: String) -> String { "samples/\(name)/incident.yaml" }

    @Test(arguments: samples)
    func buildsEverySample(name: String) throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try RetroBinary.run(["build", Self.sample(name), "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let md = try String(contentsOf: out.appendingPathComponent("retrospective.md"), encoding: .utf8)
        let html = try String(contentsOf: out.appendingPathComponent("retrospective.html"), encoding: .utf8)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == Self.sections)
        #expect(md.contains("| Time to detect | Time to acknowledge | Time to mitigate | Time to resolve | Total duration |"))
        #expect(!md.contains("| unknown |"), "every sample states all its milestones")
        for section in Self.sections { #expect(html.contains(">\(section)</h2>")) }
        #expect(result.stdout.contains("retrospective.html"))
    }

    @Test func outputIsDeterministic() throws {
        let a = try RetroBinary.temporaryDirectory(), b = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(try RetroBinary.run(["build", Self.sample("payments-pool-exhaustion"), "-o", a.path]).status == 0)
        #expect(try RetroBinary.run(["build", Self.sample("payments-pool-exhaustion"), "-o", b.path]).status == 0)
        for file in ["retrospective.md", "retrospective.html"] {
            let x = try Data(contentsOf: a.appendingPathComponent(file)), y = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(x == y, "\(file) differs between two builds")
        }
    }

    /// Every file of a build, by its path inside the output folder.
    static func files(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in walker where !url.hasDirectoryPath {
            out[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return out
    }

    @Test(arguments: samples)
    func outputDoesNotDependOnTheWorkingDirectory(name: String) throws {
        let root = RetroBinary.root
        let copy = try RetroBinary.temporaryDirectory()
        let outs = try (0..<4).map { _ in try RetroBinary.temporaryDirectory() }
        defer { for url in outs + [copy] { try? FileManager.default.removeItem(at: url) } }
        // The same incident in a second folder, elsewhere on the machine.
        let moved = copy.appendingPathComponent(name)
        try FileManager.default.copyItem(at: root.appendingPathComponent("samples/\(name)"), to: moved)
        try? FileManager.default.removeItem(at: moved.appendingPathComponent("retro-out"))
        let runs: [(arguments: [String], cwd: URL)] = [
            (["build", Self.sample(name), "-o", outs[0].path], root),
            (["build", "incident.yaml", "-o", outs[1].path], root.appendingPathComponent("samples/\(name)")),
            (["build", root.appendingPathComponent(Self.sample(name)).path, "-o", outs[2].path], FileManager.default.temporaryDirectory),
            (["build", moved.appendingPathComponent("incident.yaml").path, "-o", outs[3].path], root),
        ]
        for run in runs {
            let result = try RetroBinary.run(run.arguments, cwd: run.cwd)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let reference = try Self.files(outs[0])
        #expect(reference.keys.contains("/retrospective.md"))
        for (i, out) in outs.enumerated().dropFirst() {
            let other = try Self.files(out)
            #expect(Set(other.keys) == Set(reference.keys))
            for (file, data) in reference { #expect(other[file] == data, "\(file) differs in build \(i)") }
        }
        let md = try #require(String(data: reference["/retrospective.md"] ?? Data(), encoding: .utf8))
        #expect(!md.contains(root.path) && !md.contains("samples/"), "no machine or working-directory path in the document")
    }

    @Test func badIncidentWritesNothingAndExitsTwo() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("incident.yaml")
        try "schema: retro/v1\nid: X\ntitle: T\nseverity: SEV1\nfolow_ups: []\n".write(to: incident, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let result = try RetroBinary.run(["build", incident.path, "-o", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("retro: error: \(incident.path):5:1: $.folow_ups: Unknown key 'folow_ups'"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'follow_ups'?"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func refusesToReplaceAFileItDidNotWrite() throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let handWritten = out.appendingPathComponent("retrospective.md")
        try "# My own notes\n".write(to: handWritten, atomically: true, encoding: .utf8)
        let refused = try RetroBinary.run(["build", Self.sample("video-start-slo"), "-o", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not written by retro"))
        #expect(try String(contentsOf: handWritten, encoding: .utf8) == "# My own notes\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("retrospective.html").path), "nothing is written when one file is refused")
        let forced = try RetroBinary.run(["build", Self.sample("video-start-slo"), "-o", out.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: handWritten, encoding: .utf8).contains("retro:generated"))
        // Its own output is replaced without --force.
        #expect(try RetroBinary.run(["build", Self.sample("video-start-slo"), "-o", out.path]).status == 0)
    }

    @Test func formatSelectsFiles() throws {
        let out = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try RetroBinary.run(["build", Self.sample("admin-panel-production"), "-o", out.path, "--format", "markdown"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("retrospective.md").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("retrospective.html").path))
    }

    @Test(arguments: [
        (["build", "does/not/exist.yaml"], "does/not/exist.yaml"),
        (["build", "samples/video-start-slo/incident.yaml", "--format", "pdf"], "pdf"),
        (["build", "samples/video-start-slo/incident.yaml", "--tz", "Mars/Base"], "Mars/Base"),
        (["validate"], "incident"),
        (["frobnicate"], "frobnicate"),
    ] as [([String], String)])
    func usageAndInputErrorsExitTwo(arguments: [String], mentions: String) throws {
        let result = try RetroBinary.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(mentions), "\(result.stderr)")
    }

    @Test func validateListsEveryProblem() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("i.yaml")
        try "schema: retro/v1\nid: X\ntitle: T\nseverity: SEV9\nstatus: done\n".write(to: incident, atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["validate", incident.path])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 2)
        #expect(try RetroBinary.run(["validate", Self.sample("payments-pool-exhaustion")]).status == 0)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try RetroBinary.run(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--templates"))
        #expect(try RetroBinary.run(["--version"]).status == 0)
    }
}

@Suite struct BuildLintTests {
    @Test func strictFailsOnFindingsAndPlainBuildReportsThem() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let incident = dir.appendingPathComponent("incident.yaml")
        try """
            schema: retro/v1
            id: INC-1
            title: T
            severity: SEV2
            narrative: The on-call engineer should have noticed the alert sooner.
            follow_ups:
              - {id: FU1, title: Add an alert}
            """.write(to: incident, atomically: true, encoding: .utf8)
        let plain = try RetroBinary.run(["build", incident.path, "-o", dir.appendingPathComponent("a").path])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("[blame.counterfactual]"), "\(plain.stderr)")
        #expect(plain.stderr.contains("[structure.follow-up-owner]"))
        let strict = try RetroBinary.run(["build", incident.path, "-o", dir.appendingPathComponent("b").path, "--strict"])
        #expect(strict.status == 1)
        #expect(try RetroBinary.run(["build", "samples/payments-pool-exhaustion/incident.yaml", "-o", dir.appendingPathComponent("c").path, "--strict"]).status == 0)
    }
}

import Foundation
import Testing

/// action.yml, run step by step by scripts/action-runner.py as a GitHub runner would (the steps
/// come from the file, not from this test), over a workspace of retrospectives. `swift` is a stub
/// on PATH that records its arguments and links the already-built binary where the release build
/// would be: this checks the action's wiring, not SwiftPM. Skipped with a note when python3 or
/// its yaml module is missing (`make test` installs them).
@Suite(.serialized) struct ActionTests {
    struct Run {
        var exit: Int32
        var stdout: String
        var report: [String: Any]
        var actionDir: URL
        var swiftCalls: [String]

        var outputs: [String: String] { report["outputs"] as? [String: String] ?? [:] }
        var summary: String { report["summary"] as? String ?? "" }
        var steps: [[String: Any]] { report["steps"] as? [[String: Any]] ?? [] }
        var annotations: [String] { stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("::") } }
    }

    static let blamefulName = "docs/retros/2026-11-02 checkout latency.md"
    static let blamefulText = """
        # Checkout latency, 2 November

        ## What happened

        The on-call engineer should have noticed the queue depth alarm sooner.
        The checkout service shed load once the second replica came up.

        """

    static var pythonReady: Bool {
        (try? RetroBinary.tool(["python3", "-c", "import yaml"]).status) == 0
    }

    /// A copy of what the action's steps read (action.yml, its script, the sources the cache key hashes).
    static func actionCopy() throws -> URL {
        let dir = try RetroBinary.temporaryDirectory().appendingPathComponent("retro-action")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        for item in ["action.yml", "Package.swift", "Sources", "scripts/action-lint.sh"] {
            try fm.copyItem(at: RetroBinary.root.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        return dir
    }

    static func swiftStub(in dir: URL, log: URL, version: String) throws -> URL {
        let binary = try #require(RetroBinary.executable, "build the binary first")
        let stub = dir.appendingPathComponent("swift")
        try """
        #!/bin/sh
        echo "$*" >> '\(log.path)'
        [ "$1" = --version ] && { echo 'Swift version \(version) (swift-\(version)-RELEASE)'; exit 0; }
        package=.
        while [ $# -gt 0 ]; do [ "$1" = --package-path ] && package=$2; shift; done
        mkdir -p "$package/.build/release" && ln -sf '\(binary.path)' "$package/.build/release/retro"

        """.write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        return dir
    }

    static func run(_ inputs: [String: String], files: [String: String], actionDir: URL? = nil, swiftVersion: String = "6.0.3") throws
        -> Run
    {
        let base = try RetroBinary.temporaryDirectory()
        let workspace = base.appendingPathComponent("workspace")
        for (name, text) in files {
            let url = workspace.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let action = try actionDir ?? actionCopy()
        let stubs = base.appendingPathComponent("stubs")
        try FileManager.default.createDirectory(at: stubs, withIntermediateDirectories: true)
        let swiftLog = base.appendingPathComponent("swift-calls")
        _ = try swiftStub(in: stubs, log: swiftLog, version: swiftVersion)
        let reportURL = base.appendingPathComponent("report.json")
        let runner = RetroBinary.root.appendingPathComponent("scripts/action-runner.py").path
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = stubs.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let arguments =
            ["python3", runner, action.path, workspace.path, reportURL.path]
            + inputs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let result = try RetroBinary.tool(arguments, environment: environment)
        let stdout = result.stdout
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: reportURL)) as? [String: Any],
            "the runner wrote no report:\n\(stdout)\n\(result.stderr)")
        let calls = (try? String(contentsOf: swiftLog, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        return Run(exit: result.status, stdout: stdout, report: report, actionDir: action, swiftCalls: calls)
    }

    @Test func sarifFormatAnnotatesWritesTheFileAndFailsOnAWarning() throws {
        guard Self.pythonReady else {
            print("note: python3 with yaml is missing; the action test is skipped (make test installs it)"); return
        }
        let run = try Self.run(
            ["paths": "docs/retros\n   notes/clean notes.md  \n\n", "format": "sarif"],
            files: [Self.blamefulName: Self.blamefulText, "notes/clean notes.md": "The deploy pipeline rolled back on its own.\n"])
        #expect(run.exit == 1, "a warning at fail-level warning fails the step:\n\(run.stdout)")
        #expect(run.annotations.count == 1, "\(run.annotations)")
        let annotation = try #require(run.annotations.first)
        #expect(annotation.hasPrefix("::warning file=\(Self.blamefulName),line=5,col=22,"), "\(annotation)")
        #expect(annotation.contains("title=blame.counterfactual::"))
        #expect(run.summary.contains("### retro lint"))
        #expect(run.summary.contains("2 files, 0 errors, 1 warnings, 0 suggestions (fail level: warning)."), "\(run.summary)")

        let runnerTemp = try #require(run.report["runner_temp"] as? String)
        #expect(run.outputs["sarif-file"] == runnerTemp + "/retro-lint.sarif")
        let sarifURL = URL(fileURLWithPath: try #require(run.outputs["sarif-file"]))
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarifURL)) as? [String: Any])
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["ruleId"] as? String == "blame.counterfactual")
        let location = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/retros/2026-11-02%20checkout%20latency.md")
        let driver = (runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let version = try RetroBinary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(driver?["version"] as? String == version)

        #expect(run.swiftCalls.contains("build -c release --package-path \(run.actionDir.path)"), "\(run.swiftCalls)")
        let cache = try #require(run.steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache@") == true })
        let with = try #require(cache["with"] as? [String: String])
        #expect(with["path"] == run.actionDir.path + "/.build")
        #expect(with["key"]?.hasPrefix("retro-release-Linux-X64-") == true, "\(with)")
        let setUp = try #require(run.steps.first { ($0["uses"] as? String)?.hasPrefix("swift-actions/setup-swift@") == true })
        #expect(setUp["status"] as? String == "skipped: condition false")
    }

    @Test func githubFormatWritesNoSarifAndPassesBelowTheFailLevel() throws {
        guard Self.pythonReady else { print("note: python3 with yaml is missing; the action test is skipped"); return }
        let run = try Self.run(["paths": "docs", "fail-level": "error"], files: [Self.blamefulName: Self.blamefulText])
        #expect(run.exit == 0, "\(run.stdout)")
        #expect(run.annotations.count == 1, "annotations are printed whatever the fail level")
        #expect(run.outputs["sarif-file"] == "")
        #expect(!run.summary.contains("SARIF"))
    }

    @Test func aMissingPathIsAnErrorAnnotationAndExitTwo() throws {
        guard Self.pythonReady else { print("note: python3 with yaml is missing; the action test is skipped"); return }
        let run = try Self.run(["paths": "docs/retros\ndocs/absent", "format": "sarif"], files: [Self.blamefulName: Self.blamefulText])
        #expect(run.exit == 2)
        #expect(
            run.annotations.contains { $0.hasPrefix("::error title=retro lint::retro lint could not check the files (exit 2)") },
            "\(run.annotations)")
        #expect(run.outputs["sarif-file"] == "", "no SARIF file is announced for a run that could not check")
    }

    @Test func theConfigInputReachesBothRuns() throws {
        guard Self.pythonReady else { print("note: python3 with yaml is missing; the action test is skipped"); return }
        let files = [Self.blamefulName: Self.blamefulText, "ci/lint.yml": "rules:\n  blame.counterfactual: off\n"]
        let run = try Self.run(["paths": "docs", "format": "sarif", "config": "ci/lint.yml"], files: files)
        #expect(run.exit == 0, "\(run.stdout)")
        #expect(run.annotations.isEmpty, "\(run.annotations)")
        let sarif = try Data(contentsOf: URL(fileURLWithPath: try #require(run.outputs["sarif-file"])))
        let runs = (try JSONSerialization.jsonObject(with: sarif) as? [String: Any])?["runs"] as? [[String: Any]]
        #expect((runs?.first?["results"] as? [Any])?.isEmpty == true, "the SARIF run uses the same configuration")
    }

    @Test func swiftOlderThanSixStopsWithAnAnnotation() throws {
        guard Self.pythonReady else { print("note: python3 with yaml is missing; the action test is skipped"); return }
        let run = try Self.run(["paths": "docs"], files: [Self.blamefulName: Self.blamefulText], swiftVersion: "5.10.1")
        #expect(run.exit == 2)
        #expect(run.annotations.first?.hasPrefix("::error title=retro lint::retro needs Swift 6 to build.") == true, "\(run.annotations)")
        #expect(!run.swiftCalls.contains { $0.hasPrefix("build") }, "nothing is built")
    }

    @Test func theCacheKeyFollowsTheSources() throws {
        guard Self.pythonReady else { print("note: python3 with yaml is missing; the action test is skipped"); return }
        let action = try Self.actionCopy()
        func key() throws -> String? {
            let run = try Self.run(["paths": "docs"], files: ["docs/a.md": "The queue drained.\n"], actionDir: action)
            let cache = run.steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache@") == true }
            return (cache?["with"] as? [String: String])?["key"]
        }
        let before = try key()
        #expect(try key() == before, "the key is deterministic")
        let file = action.appendingPathComponent("Sources/retro/main.swift")
        try (String(contentsOf: file, encoding: .utf8) + "// changed\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try key() != before)
    }
}

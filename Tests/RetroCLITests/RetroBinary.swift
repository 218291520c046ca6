import Foundation
import Testing

/// Runs the built `retro` executable, as a user would.
struct RetroBinary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The debug build's binary; `make test` builds it before the tests run.
    static var executable: URL? {
        for config in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(config)/retro")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// With `shell`, the arguments go to `/bin/sh` instead (for `ulimit` and the like).
    static func run(_ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:], shell: Bool = false) throws -> Result {
        let exe = try #require(executable, "build the binary first: swift build (make test does)")
        let merged = environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return try launch(shell ? URL(fileURLWithPath: "/bin/sh") : exe, arguments, cwd: cwd ?? root, environment: merged)
    }

    /// Runs another program from PATH (dpkg, python3, bash…); `environment` replaces the whole
    /// environment when given.
    static func tool(_ arguments: [String], cwd: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: "/usr/bin/env"), arguments, cwd: cwd, environment: environment)
    }

    private static func launch(_ exe: URL, _ arguments: [String], cwd: URL?, environment: [String: String]?) throws -> Result {
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("retro-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation
import Testing

/// Devices, named pipes and names that are not UTF-8: a clear error or a noted skip, never a hang
/// or "check its permissions".
@Suite struct SpecialFileTests {
    /// Runs `retro` and kills it after `seconds`, so a hang fails the test instead of stalling it.
    static func run(_ arguments: [String], seconds: Double = 20) throws -> (status: Int32, stderr: String, killed: Bool) {
        let process = Process()
        process.executableURL = try #require(RetroBinary.executable)
        process.arguments = arguments
        process.currentDirectoryURL = RetroBinary.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: deadline)
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), process.terminationReason == .uncaughtSignal)
    }

    @Test func followupsSkipsANamedPipeInAFolderWithANote() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: RetroBinary.root.appendingPathComponent("samples/video-start-slo/incident.yaml"), to: dir.appendingPathComponent("incident.yaml"))
        let fifo = dir.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try Self.run(["followups", dir.path])
        #expect(!result.killed, "retro followups waited on the pipe")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("retro: note: \(fifo): not a regular file (a pipe, device or socket); skipped."), "\(result.stderr)")
    }

    @Test(arguments: [
        (["validate", "/dev/zero"], "/dev/zero: This is a device, not an incident file."),
        (["lint", "/dev/zero"], "/dev/zero: This is a device, not a file."),
        (["inspect", "/dev/zero"], "/dev/zero: This is a device, not a file."),
        (["lint", "no-such-\u{FFFD}-name.md"], "The file's name is not valid UTF-8, so retro cannot open it by that name."),
    ])
    func saysWhatIsWrong(arguments: [String], expected: String) throws {
        let result = try Self.run(arguments)
        #expect(!result.killed)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("check its permissions"))
    }

    @Test func aNamedPipeGivenByNameIsRefused() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("incident.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in ["validate", "build", "lint", "inspect"] {
            let result = try Self.run([command, fifo])
            #expect(!result.killed, "retro \(command) waited on the pipe")
            #expect(result.status == 2)
            #expect(result.stderr.contains("This is a named pipe (FIFO)"), "\(command): \(result.stderr)")
        }
    }
}

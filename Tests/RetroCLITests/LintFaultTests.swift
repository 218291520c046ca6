import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 14: `retro lint` died with signal 4 (exit 132) on an `allow:` phrase shorter than a
/// finding; no fault may reach the user as a signal.
@Suite struct LintFaultTests {
    @Test func shortAllowPhraseDoesNotCrash() throws {
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "allow: [oops]\n".write(to: dir.appendingPathComponent(".retro-lint.yml"), atomically: true, encoding: .utf8)
        try "The engineer will be held accountable.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["lint", "a.md"], cwd: dir)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("[blame.punitive] 'held accountable'"))
    }

    @Test func trapExitsThreeWithAMessage() throws {
        let exe = try #require(RetroBinary.executable, "build the binary first")
        let process = Process()
        process.executableURL = exe
        process.arguments = ["lint", "-"]
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = Pipe()
        process.standardError = err
        try process.run()
        // `lint -` waits on standard input; give it time to install its handlers, then trap it.
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGILL)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 3)
        #expect(message.contains("internal fault"))
    }
}

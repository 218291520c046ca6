import ArgumentParser
import Foundation
import RetroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Entry point shared by the executable and the tests: parses, runs, and maps every outcome to
/// the exit codes of the command-line contract.
public enum RetroCLI {
    /// Runs `retro` with `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        // Past the file size limit (ulimit -f) a write fails with EFBIG, reported as a write
        // error and cleaned up, instead of the signal killing the process mid-write.
        signal(SIGXFSZ, SIG_IGN)
        var command: ParsableCommand
        do {
            command = try RetroCommand.parseAsRoot(arguments)
        } catch {
            // Help and --version arrive here as clean exits; everything else is a usage error.
            if RetroCommand.exitCode(for: error) == .success {
                Output.line(RetroCommand.fullMessage(for: error))
                return ExitStatus.success
            }
            // The message quotes the arguments, which may hold anything.
            FileHandle.standardError.write(Data((TerminalText.output(RetroCommand.fullMessage(for: error)) + "\n").utf8))
            return ExitStatus.badInput
        }
        do {
            try command.run()
            return ExitStatus.success
        } catch let error as InputError {
            Console.error(error.description)
            return ExitStatus.badInput
        } catch let errors as InputErrors {
            for error in errors.errors { Console.error(error.description) }
            return ExitStatus.badInput
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as ValidationError {
            Console.error(error.message)
            return ExitStatus.badInput
        } catch where RetroCommand.exitCode(for: error) == .success {
            Output.line(RetroCommand.fullMessage(for: error))
            return ExitStatus.success
        } catch {
            Console.error("internal fault: \(error). Please report it with the command you ran.")
            return ExitStatus.internalFault
        }
    }
}

/// The exit codes every subcommand shares.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// Findings at or above the fail level (`lint`, `build --strict`).
    public static let findings: Int32 = 1
    /// Bad input or usage; the message names the file and the position.
    public static let badInput: Int32 = 2
    public static let internalFault: Int32 = 3
}

/// stderr output in the contract's shape: `retro: error: <path>:<line>:<col>: <message>`.
///
/// A message is one line whatever the values quoted in it hold (see `TerminalText.value`), so
/// input can neither move the cursor nor start a line of its own in a terminal or a CI log.
enum Console {
    static func error(_ message: String) {
        write("retro: error: ", message)
    }

    static func warning(_ message: String) {
        write("retro: warning: ", message)
    }

    static func note(_ message: String) {
        write("retro: ", message)
    }

    private static func write(_ prefix: String, _ message: String) {
        FileHandle.standardError.write(Data((prefix + TerminalText.value(message) + "\n").utf8))
    }
}

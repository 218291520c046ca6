import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro lint`: not built yet; its issue is open.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro lint' is not available in this build yet.")
        }
    }
}

import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro validate`: not built yet; its issue is open.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro validate' is not available in this build yet.")
        }
    }
}

import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro build`: not built yet; its issue is open.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro build' is not available in this build yet.")
        }
    }
}

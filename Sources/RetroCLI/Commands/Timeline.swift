import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro timeline`: not built yet; its issue is open.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro timeline' is not available in this build yet.")
        }
    }
}

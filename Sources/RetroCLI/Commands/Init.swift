import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro init`: not built yet; its issue is open.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro init' is not available in this build yet.")
        }
    }
}

import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro explain`: not built yet; its issue is open.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro explain' is not available in this build yet.")
        }
    }
}

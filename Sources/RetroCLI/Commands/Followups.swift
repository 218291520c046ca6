import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro followups`: not built yet; its issue is open.
    struct Followups: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "followups", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro followups' is not available in this build yet.")
        }
    }
}

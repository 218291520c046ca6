import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro rules`: not built yet; its issue is open.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "(Not available yet in this build.)")

        @Argument(parsing: .remaining, help: .hidden) var rest: [String] = []

        func run() throws {
            throw InputError(path: "retro", "'retro rules' is not available in this build yet.")
        }
    }
}

import ArgumentParser
import Foundation
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro validate INCIDENT`: every problem in an incident file, not just the first.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an incident file against the retro/v1 schema and list every problem.",
            discussion: """
                Each problem is printed as 'retro: error: FILE:LINE:COL: $.json.path: message (hint)'. Unknown keys get a "did you mean" hint. Exit code 0 when the file is valid, 2 when it is not.

                The schema is described in docs/incident-file.md and in schema/retro-v1.schema.json.
                """)

        @Argument(help: "The incident file (YAML or JSON).")
        var incident: String

        func run() throws {
            let loaded = try IncidentFile.load(URL(fileURLWithPath: incident), displayPath: incident)
            let i = loaded.incident
            try Self.checkSourcesExist(loaded)
            let counts = [
                "\(i.timeline.count) timeline events", "\(i.contributingFactors.count) contributing factors",
                "\(i.followUps.count) follow-ups",
                "\(i.sources.chat.count + i.sources.alerts.count + i.sources.monitoring.count) sources",
            ]
            Output.line("\(incident): valid \(i.schema) incident '\(i.id)' (\(counts.joined(separator: ", "))).")
        }

        /// Every source the file names must be there: a missing one would only fail later, at build.
        static func checkSourcesExist(_ loaded: IncidentFile.Loaded) throws {
            let sources = loaded.incident.sources
            let paths = sources.chat.enumerated().map { ("chat", $0.offset, $0.element.path) }
                + sources.alerts.enumerated().map { ("alerts", $0.offset, $0.element.path) }
                + sources.monitoring.enumerated().map { ("monitoring", $0.offset, $0.element.path) }
            var problems: [InputError] = []
            for (list, index, path) in paths {
                let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : loaded.directory.appendingPathComponent(path)
                guard !FileManager.default.fileExists(atPath: url.path) else { continue }
                let jsonPath = "$.sources.\(list)[\(index)].path"
                problems.append(InputError(
                    loaded.positions.location(jsonPath, file: loaded.path),
                    "The source '\(path)' does not exist (looked for '\(url.standardizedFileURL.path)').",
                    hint: "paths are relative to the incident file's folder; fix the path or add the file"))
            }
            if !problems.isEmpty { throw InputErrors(problems) }
        }
    }
}

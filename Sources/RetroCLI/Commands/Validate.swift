import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro validate INCIDENT`: every problem in an incident file, not just the first.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an incident file against the retro/v1 schema and list every problem.",
            discussion: """
                Each problem is printed as 'retro: error: FILE:LINE:COL: $.json.path: message (hint)'. Unknown keys get a "did you mean" hint. Exit code 0 when the file is valid, 2 when it is not.

                When the file has 'exclude' entries or hand-written timeline events with a 'source', validate also reads the sources (as build does) and derives the timeline, and warns about each entry that names no derived event; a source that cannot be read is then an error, as it would be for build. Without such entries the sources are only checked to exist; with a source outside the incident file's folder, they are left unread (and the check skipped, with a note) unless --allow-outside-paths is given.

                The schema is described in docs/incident-file.md and in schema/retro-v1.schema.json.
                """)

        @Argument(help: "The incident file (YAML or JSON).")
        var incident: String

        @Flag(help: "Allow source paths in the incident file that lead outside its folder.")
        var allowOutsidePaths = false

        @OptionGroup var vocabularyOption: VocabularyOption

        func run() throws {
            let loaded = try IncidentFile.load(URL(fileURLWithPath: incident), displayPath: incident)
            let i = loaded.incident
            try Self.checkSourcesExist(loaded)
            try checkReferences(loaded)
            let counts = [
                "\(i.timeline.count) timeline events", "\(i.contributingFactors.count) contributing factors",
                "\(i.followUps.count) follow-ups",
                "\(i.sources.chat.count + i.sources.alerts.count + i.sources.monitoring.count) sources",
            ]
            Output.line("\(incident): valid \(i.schema) incident '\(i.id)' (\(counts.joined(separator: ", "))).")
        }

        /// `exclude:` entries and hand-written `source`s can only be checked against the derived
        /// timeline, so the sources are read when the file has any; each that matches nothing is a warning.
        func checkReferences(_ loaded: IncidentFile.Loaded) throws {
            let incident = loaded.incident
            guard !incident.exclusions.isEmpty || incident.timeline.contains(where: { !$0.sources.isEmpty }) else { return }
            let loader = SourceLoader(loaded: loaded, allowOutside: allowOutsidePaths)
            let paths = incident.sources.chat.map(\.path) + incident.sources.alerts.map(\.path) + incident.sources.monitoring.map(\.path)
            // validate has never refused a path outside the folder; it leaves such sources unread, and says so.
            if let outside = paths.first(where: { (try? loader.resolve($0, key: "")) == nil }) {
                Console.note("\(loaded.path): the 'exclude' entries and timeline 'source's were not checked: the source '\(outside)' is outside the incident file's folder (pass --allow-outside-paths to read it)")
                return
            }
            let sources = try loader.load()
            sources.report()
            let inputs = sources.inputs
            let timeline = try vocabularyOption.extractor(for: loaded).derive(
                incident: incident, messages: inputs.messages, alerts: inputs.alerts, annotations: inputs.annotations, monitoring: inputs.monitoring)
            for warning in ConsistencyDiagnostics.unmatchedReferences(timeline.unmatched, incident: incident, loaded: loaded) { Console.warning(warning) }
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

import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro init --from SOURCE...`: a new incident file scaffolded from the sources.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scaffold a new incident file from chat exports, alert logs and monitoring snapshots.",
            discussion: """
                Reads each source (format detected, as in 'retro inspect'), derives the window as 'retro build' would from the scaffold (a monitored series leaving its normal band can set the start), the participants and their roles, the key events and the services named by alerts, and writes an incident file that 'retro validate' accepts. The parts only people can write (impact, contributing factors, follow-ups, narrative) are left as commented prompts.

                Examples:
                  retro init --from exports/slack.zip --from alerts/pd.json -o incident.yaml
                  retro init --from chat.log --tz Europe/Berlin --title "Search down"
                """)

        @Option(name: .customLong("from"), help: "A source to read; repeat for several.")
        var sources: [String] = []

        @Option(help: "The incident id.")
        var id: String = "INC-0000"

        @Option(help: "The incident title: what users experienced.")
        var title: String?

        @Option(help: "Zone for times that carry none, and the zone the document displays.")
        var tz: String?

        @Option(help: "Text logs: the day (YYYY-MM-DD) of lines that carry only a time.")
        var date: String?

        @Option(name: .shortAndLong, help: "Where to write the incident file. Default: print it.")
        var output: String?

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        func validate() throws {
            if sources.isEmpty { throw ValidationError("Give at least one source with --from.") }
        }

        func run() throws {
            let zone = try ZoneOption.parse(tz)
            let base = URL(fileURLWithPath: output.map { ($0 as NSString).deletingLastPathComponent } ?? ".").standardizedFileURL
            var read: [(path: String, result: IngestResult)] = []
            var problems: [InputError] = []
            for source in sources {
                do {
                    read.append((source, try Ingest.read(URL(fileURLWithPath: source), displayPath: source, options: IngestOptions(zone: zone, date: date))))
                } catch let error as InputError {
                    problems.append(error)
                }
            }
            guard problems.isEmpty else { throw InputErrors(problems) }
            SourceLoader.report(skipped: read.flatMap(\.result.skipped), notes: read.flatMap { r in r.result.notes.map { "\(r.path): \($0)" } })
            var incident = Incident(id: id, title: title ?? "TODO: what users experienced", severity: "SEV3")
            incident.timezone = zone?.identifier
            let messages = read.flatMap(\.result.messages).sorted { $0.at < $1.at }
            let alerts = read.flatMap(\.result.events).sorted { $0.at < $1.at }
            // Monitoring as the scaffold names it (path and format, no SLO yet), so the window is
            // the one `build` derives from the scaffold: a metric leaving its band can set the start.
            let monitoring = read.filter { $0.result.kind == .metrics }.map { source in
                var named = MonitoringSource(path: Self.relative(source.path, to: base))
                named.format = source.result.format
                return AssemblyInputs.Monitoring(source: named, series: source.result.series)
            }
            let derived = TimelineExtractor().derive(
                incident: incident, messages: messages, alerts: alerts, annotations: read.flatMap(\.result.annotations), monitoring: monitoring)
            let text = IncidentScaffold(
                incident: incident, derived: derived, messages: messages, alerts: alerts,
                sources: read.map { (Self.relative($0.path, to: base), $0.result) }, assumedZone: zone == nil && read.contains { !$0.result.notes.isEmpty }
            ).yaml()
            // The scaffold must be a valid incident file; a failure here is retro's own fault.
            _ = try IncidentFile.decode(Data(text.utf8), path: output ?? "incident.yaml")
            guard let output else {
                Output.line(text, terminator: "")
                return
            }
            if FileManager.default.fileExists(atPath: output), !force {
                throw InputError(path: output, "The file exists already.", hint: "pass --force to replace it, or choose another path with -o")
            }
            try OutputWriter(directory: URL(fileURLWithPath: output).deletingLastPathComponent(), force: true)
                .write([(URL(fileURLWithPath: output).lastPathComponent, text)])
            Output.line("wrote \(output); fill in the TODO prompts, then run 'retro validate \(output)'")
        }

        /// `path` relative to `base` when it lies below it; otherwise absolute.
        static func relative(_ path: String, to base: URL) -> String {
            let full = URL(fileURLWithPath: path).standardizedFileURL.path
            return full.hasPrefix(base.path + "/") ? String(full.dropFirst(base.path.count + 1)) : full
        }
    }
}

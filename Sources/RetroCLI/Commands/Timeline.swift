import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro timeline INCIDENT`: the timeline retro derives from an incident's sources.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the timeline, window and durations retro derives from an incident's sources.",
            discussion: """
                Reads the incident file and the chat exports and alert logs it names, classifies messages into timeline events (detection, acknowledgement, escalation, role, hypothesis, action, breakthrough, mitigation, resolution, communication, note, decision, handover), merges them with the file's hand-written events (one with a 'source' replaces the derived event from that record; 'exclude' drops derived events; an 'exclude' entry or a 'source' that names no derived event is reported as a warning at its line), and derives any window milestone the file leaves out. Each milestone says whether it was given or derived, and from what. Times are shown in the incident file's 'timezone' (UTC when it has none) with their offset, or in --tz; durations are written as in the document (2 h 5 min).

                --json prints the stable shape described in 'docs/output-formats.md': window, durations (seconds), events, signals, and which milestones were derived. Signal kinds: unanswered_question, duplicate_work, handoff, blameful_remark, monitoring_gap, long_silence.

                Examples:
                  retro timeline incident.yaml
                  retro timeline incident.yaml --tz UTC
                  retro timeline incident.yaml --json
                  retro timeline incident.yaml --redact names
                """)

        @Argument(help: "The incident file (YAML or JSON).")
        var incident: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Option(help: "Show times in this zone (IANA name such as Europe/Berlin, or UTC) instead of the incident file's 'timezone'. --json stays in UTC.")
        var tz: String?

        @Flag(help: "Allow source paths in the incident file that lead outside its folder.")
        var allowOutsidePaths = false

        @OptionGroup var vocabularyOption: VocabularyOption

        @OptionGroup var redactOption: RedactOption

        func run() throws {
            let zone = try ZoneOption.parse(tz)
            let loaded = try IncidentFile.load(URL(fileURLWithPath: incident), displayPath: incident)
            let sources = try SourceLoader(loaded: loaded, allowOutside: allowOutsidePaths).load()
            let (incidentValue, inputs) = redactOption.apply(loaded.incident, sources.inputs)
            let timeline = try vocabularyOption.extractor(for: loaded).derive(
                incident: incidentValue, messages: inputs.messages, alerts: inputs.alerts, annotations: inputs.annotations,
                monitoring: inputs.monitoring)
            sources.report()
            for warning in ConsistencyDiagnostics.unmatchedReferences(timeline.unmatched, incident: incidentValue, loaded: loaded) { Console.warning(warning) }
            let clock = ZonedTime(zone: zone ?? loaded.incident.displayZone)
            Output.line(json ? TimelineReport.json(for: timeline).serialized() : TimelineReport.text(for: timeline, clock: clock))
        }
    }
}

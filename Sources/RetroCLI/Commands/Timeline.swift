import ArgumentParser
import RetroModel

extension RetroCommand {
    /// `retro timeline INCIDENT`: the timeline retro derives from an incident's sources.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the timeline, window and durations retro derives from an incident's sources.",
            discussion: """
                Reads the incident file and the chat exports and alert logs it names, classifies messages into timeline events (detection, acknowledgement, escalation, role, hypothesis, action, breakthrough, mitigation, resolution, communication, note), merges them with the file's hand-written events, and derives any window milestone the file leaves out. Each milestone says whether it was given or derived, and from what.

                --json prints the stable shape documented in DESIGN.md: window, durations (seconds), events, signals, and which milestones were derived.

                Examples:
                  retro timeline incident.yaml
                  retro timeline incident.yaml --json
                """)

        @Argument(help: "The incident file (YAML or JSON).")
        var incident: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            // Wiring (incident file + its sources → TimelineExtractor → TimelineReport) lands with
            // the incident-file decoder:
            //   let timeline = TimelineExtractor().derive(incident: …, messages: …, alerts: …, annotations: …)
            //   print(json ? TimelineReport.json(for: timeline).serialized() : TimelineReport.text(for: timeline))
            throw InputError(path: incident, "'retro timeline' is not available in this build yet.")
        }
    }
}

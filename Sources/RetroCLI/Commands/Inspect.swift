import ArgumentParser
import Foundation
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro inspect SOURCE`: what retro reads from one export, before it goes into a build.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what retro reads from a chat export, monitoring snapshot or alert log.",
            discussion: """
                The format is detected from the file's structure; --as forces one. Text output lists counts, the time range, participants and the first lines, with times in --tz (default UTC). --json prints the normalized values in the stable shape described in 'docs/output-formats.md' (UTC times, millisecond precision).

                Text logs carry no zone: their times are read as UTC unless --tz names the zone they were written in, and the output's notes say which. Their date comes from the lines, a day-change line, --date or the file name (2025-01-10.log, ZNC's #chan_20250110.log); a log with none of these is refused.

                Formats for --as: \(Ingest.userFormats.map(\.name).joined(separator: ", ")). 'retro inspect --as list' says what each one holds.


                Examples:
                  retro inspect exports/slack.zip
                  retro inspect metrics/error_ratio.json --json
                  retro inspect irc.log --as irc --tz Europe/Berlin
                  retro inspect pasted.txt --date 2025-01-10
                """)

        @Argument(help: "A file, a folder (Slack export) or a .zip.")
        var source: String?

        /// One line per format a user can ask for: its `--as` name and what it holds.
        static var formatList: String {
            let width = Ingest.userFormats.map(\.name.count).max() ?? 0
            return Ingest.userFormats.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }.joined(separator: "\n")
        }

        @Option(name: .customLong("as"), help: "Force a format by name instead of detecting it ('list' prints the formats).")
        var format: String?

        @Option(help: "Show times in this zone, and read times that carry none in it (IANA name such as Europe/Berlin). Default: UTC. --json stays in UTC.")
        var tz: String?

        @Option(help: "Text logs: the day (YYYY-MM-DD) of lines that carry only a time, when neither the lines nor the file name give one.")
        var date: String?

        @Option(help: "Slack workspace export: read only this channel.")
        var channel: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Option(help: "Text output: how many records to show.")
        var limit = 10

        func validate() throws {
            if source == nil, format != "list" { throw ValidationError("Missing expected argument '<source>'.") }
        }

        func run() throws {
            guard let source, format != "list" else {
                print(Self.formatList)
                return
            }
            var timings = PhaseTimings()
            let zone = try ZoneOption.parse(tz)
            let result = try Ingest.read(URL(fileURLWithPath: source), displayPath: source, as: format, options: IngestOptions(zone: zone, channel: channel, date: date))
            timings.mark("ingest")
            if json {
                Output.line(IngestJSON.result(result).serialized())
            } else {
                Output.line(InspectText.render(result, limit: limit, clock: zone.map(ZonedTime.init) ?? .utc))
            }
            timings.mark("output")
            timings.report()
        }
    }
}

/// Parses `--tz` values, naming the bad one.
enum ZoneOption {
    static func parse(_ name: String?) throws -> TimeZone? {
        guard let name else { return nil }
        guard let zone = TimeZone(identifier: name) else {
            throw InputError(path: "--tz", "'\(name)' is not a time zone retro knows.", hint: "use an IANA name such as 'Europe/Berlin' or 'UTC'")
        }
        return zone
    }
}

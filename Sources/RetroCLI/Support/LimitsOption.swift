import ArgumentParser
import RetroModel

/// `--timeline-limit` and `--chatter-limit`: how much of a busy channel the document reproduces.
struct LimitsOption: ParsableArguments {
    /// A count, or `all` for no limit.
    struct Limit: ExpressibleByArgument, Equatable {
        var value: Int?

        init(_ value: Int?) { self.value = value }

        init?(argument: String) {
            if argument.lowercased() == "all" {
                value = nil
            } else if let n = Int(argument), n >= 0 {
                value = n
            } else {
                return nil
            }
        }

        var defaultValueDescription: String { value.map(String.init) ?? "all" }
    }

    @Option(help: ArgumentHelp(
        "How many timeline events the document lists (and a fifth as many communication signals), or 'all'.",
        discussion: "Past the limit the document keeps every hand-written and cited event, then key events, shared between kinds and spread over the incident, and says how many it left out. 'retro timeline' always lists everything.",
        valueName: "n|all"))
    var timelineLimit = Limit(TimelineLimits.standard.events)

    @Option(help: ArgumentHelp(
        "How many chatter messages the internal document shows, evenly spaced over the incident, or 'all'.",
        valueName: "n|all"))
    var chatterLimit = Limit(TimelineLimits.standard.chatter)

    var limits: TimelineLimits {
        TimelineLimits(events: timelineLimit.value, signals: timelineLimit.value.map(TimelineLimits.signals(forEvents:)), chatter: chatterLimit.value)
    }
}

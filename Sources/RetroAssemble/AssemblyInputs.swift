import RetroModel

/// What was read from an incident's sources, ready to assemble. Built by the CLI, which does the I/O.
public struct AssemblyInputs: Sendable {
    /// A monitoring source named by the incident file, with the series read from it.
    public struct Monitoring: Sendable {
        public var source: MonitoringSource
        public var series: [MetricSeries]
        public init(source: MonitoringSource, series: [MetricSeries]) {
            self.source = source
            self.series = series
        }
    }

    public var messages: [Message]
    public var alerts: [AlertEvent]
    /// Events recorded by monitoring tools (Grafana annotations).
    public var annotations: [TimelineEvent]
    public var monitoring: [Monitoring]

    public init(messages: [Message] = [], alerts: [AlertEvent] = [], annotations: [TimelineEvent] = [], monitoring: [Monitoring] = []) {
        self.messages = messages
        self.alerts = alerts
        self.annotations = annotations
        self.monitoring = monitoring
    }
}

extension AssemblyInputs {
    /// Who wrote in chat, one message each (their first, without its text), with the alerts and
    /// annotations unchanged: all that the customer summary needs of the sources. The summary is
    /// built from curated incident fields, so checking and redacting it needs the people's names,
    /// not every chat text.
    public var participants: AssemblyInputs {
        var seen = Set<String>()
        var firsts: [Message] = []
        for message in messages where !message.bot && message.kind == .message {
            guard seen.insert(message.author.id + "\u{0}" + message.author.name).inserted else { continue }
            var first = message
            first.text = ""
            firsts.append(first)
        }
        return AssemblyInputs(messages: firsts, alerts: alerts, annotations: annotations)
    }
}

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

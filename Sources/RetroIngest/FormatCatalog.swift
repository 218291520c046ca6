/// What each format a user can ask for with `--as` holds, in one line: for `--as` help, for the
/// error when a file yields nothing, and for the README's table.
///
/// Formats missing from this list are recognised only to be refused with an explanation
/// (`datadog-unsupported`, `nab-labels`); they are not offered to users.
public enum FormatCatalog {
    public static let entries: [(name: String, summary: String)] = [
        ("slack-export", "Slack workspace export: a folder or .zip with channels.json, users.json and one JSON file per channel and day"),
        ("slack-api", "Slack Web API conversations.history/replies pages ({ok, messages} or {cursor, messages}), slackdump dumps, single day files"),
        ("slack-paste", "text copied from the Slack client: a 'Name  1:54 AM' line, then the message"),
        ("teams-graph", "Microsoft Teams chatMessage JSON from Microsoft Graph (camelCase, also with $expand=replies)"),
        ("teams-export", "Microsoft Teams messages as .NET exporters write them (PascalCase keys)"),
        ("discord", "DiscordChatExporter JSON"),
        ("mattermost", "Mattermost bulk export JSONL (post and direct_post lines)"),
        ("telegram", "Telegram Desktop JSON export: one chat, or the full account export (chats.list)"),
        ("zulip", "Zulip messages as the REST API returns them ({messages: [...]})"),
        ("rocketchat", "Rocket.Chat REST history answers (channels.history, groups.history, im.history) and mongoexport of rocketchat_message"),
        ("google-chat", "Google Chat from Google Takeout: Google Chat/Groups/<space>/messages.json"),
        ("irc", "IRC logs (irssi, ZNC, weechat, dircproxy, irclog2html): '[HH:MM] <nick> text'"),
        ("whatsapp", "WhatsApp 'Export chat' text, Android and iOS styles"),
        ("plain-chat", "plain text, one 'HH:MM name: text' line per message"),
        ("pagerduty-log-entries", "PagerDuty REST API incident log entries (GET /log_entries, /incidents/{id}/log_entries)"),
        ("pagerduty-incidents", "PagerDuty REST API incident lists (GET /incidents)"),
        ("pagerduty-webhook-v1", "PagerDuty v1 webhook deliveries ({messages: [{type: incident.trigger, data: {incident}}]})"),
        ("pagerduty-webhook-v2", "PagerDuty v2 webhook deliveries ({messages: [{event: incident.trigger, ...}]})"),
        ("pagerduty-webhook-v3", "PagerDuty v3 webhook deliveries ({event: {event_type, occurred_at, data}})"),
        ("opsgenie", "Opsgenie outgoing webhook deliveries ({action, alert})"),
        ("opsgenie-api", "Opsgenie Alert API answers: GET /v2/alerts, /v2/alerts/{id} and /v2/alerts/{id}/logs"),
        ("alertmanager", "Prometheus Alertmanager and Grafana alerting webhook payloads"),
        ("grafana-oncall", "Grafana OnCall public API: alert groups, alerts and resolution notes (GET /api/v1/alert_groups/, /alerts/, /resolution_notes/)"),
        ("victorops", "Splunk On-Call (VictorOps) incidents with transitions (GET /api-public/v1/incidents, /api-reporting/v2/incidents), reporting v1, alert details"),
        ("incident-io", "incident.io API v2 incidents with their timestamps, and incident updates (GET /v2/incidents, /v2/incident_updates)"),
        ("firehydrant", "FireHydrant incidents with milestones and incident events (GET /v1/incidents, /v1/incidents/{id}/events)"),
        ("cloudwatch-alarm-history", "AWS CloudWatch describe-alarm-history output"),
        ("prometheus-query-range", "Prometheus HTTP API /api/v1/query_range responses (matrix)"),
        ("prometheus-query", "Prometheus HTTP API /api/v1/query responses (vector, scalar)"),
        ("prometheus-text", "Prometheus text exposition format (a /metrics scrape)"),
        ("openmetrics", "OpenMetrics text exposition"),
        ("grafana-snapshot", "Grafana dashboard snapshot JSON (data frames)"),
        ("grafana-annotations", "Grafana annotations API responses (GET /api/annotations)"),
        ("datadog-query", "Datadog API v1 metric query responses (GET /api/v1/query)"),
        ("cloudwatch", "AWS CloudWatch get-metric-data and get-metric-statistics output"),
        ("influx-csv", "InfluxDB annotated CSV (Flux query results, any value column)"),
        ("csv", "CSV time series: a time column, then one column per series"),
    ]

    /// The one-line summary of a format, or nil for a format users cannot ask for.
    public static func summary(of name: String) -> String? {
        entries.first { $0.name == name }?.summary
    }
}

/// Every alert-log format retro reads, in detection order (most specific first).
enum AlertFormats {
    static let all: [any SourceFormat] = [
        PagerDutyLogEntries(),
        PagerDutyWebhookV1(),
        PagerDutyWebhookV2(),
        PagerDutyWebhookV3(),
        PagerDutyIncidents(),
        OpsgenieWebhook(),
        OpsgenieAlertAPI(),
        AlertmanagerWebhook(),
        GrafanaOnCallAlertGroups(),
        VictorOpsIncidents(),
        IncidentIOIncidents(),
        FireHydrantIncidents(),
        CloudWatchAlarmHistory(),
        DatadogUnsupported(),
    ]
}

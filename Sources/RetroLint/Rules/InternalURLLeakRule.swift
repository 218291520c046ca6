import RetroModel

/// Links into internal systems and chat in customer-facing text.
struct InternalURLLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.internalURL, .chatPermalink]
    let description = RuleDescription(
        id: "customer.internal-url", name: "Internal link or chat permalink", category: .customer, severity: .error,
        message: "Links into internal dashboards, runbooks or chat do not open for customers and reveal internal systems; link the public status page instead.",
        rationale: """
            A customer who follows a link to grafana.corp.example.com or a Slack thread gets a login page at best, and learns the names of internal tools at worst. The rule flags URLs whose host is internal (the incident file's internal domains and host patterns, generic internal suffixes, private addresses) and permalinks to Slack, Microsoft Teams, Discord and Mattermost messages, wherever they stand: in link targets, inline code and code blocks as well as prose.
            """,
        rewrite: "Updates were posted on https://status.example.com.",
        triggering: [
            "See the [dashboard](↓https://grafana.payments.internal/d/pool) for details.",
            "Discussed in ↓https://acme.slack.com/archives/C024BE91L/p1736554636807919.",
        ],
        nonTriggering: [
            "Updates were posted on [our status page](https://status.example.com).",
        ])
}

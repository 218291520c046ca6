import RetroModel

/// Internal service names and jargon in customer-facing text.
struct InternalTermLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.internalTerm]
    let description = RuleDescription(
        id: "customer.internal-term", name: "Internal service name or jargon", category: .customer, severity: .warning,
        message: "Internal service names and jargon mean nothing to customers; name the feature they use.",
        rationale: """
            "payments-api" and "pgbouncer" are how the team names its parts; a customer knows "card payments" and "checkout". The names come from the incident file's internal.names and from entries of services that read as identifiers (containing -, _, . or a digit), so plain words like "checkout" are never flagged.
            """,
        rewrite: "Card payments at checkout failed.",
        triggering: [
            "The ↓payments-api service ran out of database connections.",
        ],
        nonTriggering: [
            "Card payments at checkout failed.",
        ])
}

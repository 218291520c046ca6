import RetroModel

/// Internal host names and IP addresses in customer-facing text.
struct InternalHostLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.internalHost, .ipAddress]
    let description = RuleDescription(
        id: "customer.internal-host", name: "Internal host or IP address", category: .customer, severity: .error,
        message: "Internal host names and IP addresses tell customers nothing and attackers a lot; name the affected feature instead.",
        rationale: """
            Host names such as db-7.payments.internal and addresses such as 10.0.3.7 describe the inside of the system. A customer cannot act on them, and they map the infrastructure for anyone looking for a way in. The rule flags hosts under the incident file's internal domains or host patterns, hosts under .internal, .local, .corp, .lan and .intranet, and any IPv4 or IPv6 address. It reads code and links too.
            """,
        rewrite: "Card payments in the EU failed between 10:02 and 12:07 CET.",
        triggering: [
            "The primary database ↓db-7.payments.internal ran out of connections.",
            "Traffic from ↓10.0.3.7 was blocked.",
            "Run `ping ↓cache-3.internal` to check.",
        ],
        nonTriggering: [
            "Card payments in the EU failed between 10:02 and 12:07 CET.",
            "Version 4.18.2 was rolled back to 4.18.1.",
        ])
}

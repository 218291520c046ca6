import RetroModel

/// Tracker keys and incident ids in customer-facing text.
struct TicketKeyLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.ticketKey]
    let description = RuleDescription(
        id: "customer.ticket-key", name: "Ticket key", category: .customer, severity: .warning,
        message: "Ticket keys and internal incident ids mean nothing to customers; describe the change by its effect.",
        rationale: """
            PAY-1234 or INC-2041 points into a tracker customers cannot open. State what the change does for them ("payment capacity now grows with load") and, if a reference is needed, use the public status-page incident. Severity labels such as SEV-1 and standards such as ISO-8601 or UTF-8 are not ticket keys.
            """,
        rewrite: "Payment capacity now grows automatically with load.",
        triggering: [
            "The fix is tracked in ↓PAY-1234.",
            "This summary covers ↓INC-2041.",
        ],
        nonTriggering: [
            "Times are given in ISO-8601 and the incident was rated SEV-1.",
        ])
}

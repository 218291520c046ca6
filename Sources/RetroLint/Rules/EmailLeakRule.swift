import RetroModel

/// E-mail addresses in customer-facing text.
struct EmailLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.email]
    let description = RuleDescription(
        id: "customer.email", name: "E-mail address", category: .customer, severity: .warning,
        message: "A personal or internal e-mail address should not reach customers; point to the support channel instead.",
        rationale: """
            An address copied from the incident exposes a colleague or an internal list. Where customers should write, name the support channel the incident file gives under 'support'. If a public support address is intended, suppress the finding on that line with a reason.
            """,
        rewrite: "Contact support through the help centre.",
        triggering: [
            "Questions go to ↓dana.ortiz@example.com.",
        ],
        nonTriggering: [
            "Questions go to our support team through the help centre.",
        ])
}

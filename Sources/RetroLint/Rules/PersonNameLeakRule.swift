import RetroModel

/// People's names and handles in customer-facing text.
struct PersonNameLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.person, .handle]
    let description = RuleDescription(
        id: "customer.person-name", name: "Person's name or handle", category: .customer, severity: .error,
        message: "Customer-facing text names no one: describe what the system and the organisation did, in impersonal language.",
        rationale: """
            A customer summary is about the service, not the people who ran the response. A name or chat handle exposes a colleague to customers' anger, invites blame, and adds nothing a customer can act on. The rule flags the people the incident file lists (names, first names, chat ids and aliases), the chat participants, and any @handle or <@U123> mention. With 'retro lint --incident FILE' the names come from that incident; without it only handles are known.
            """,
        rewrite: "The payment service was restored at 12:07 CET.",
        triggering: [
            "↓Dana Ortiz restored the service at 12:07 CET.",
            "Thanks to ↓@sam for the quick fix.",
            "The fix was reviewed by ↓Dana.",
        ],
        nonTriggering: [
            "The payment service was restored at 12:07 CET.",
            "Ask @here in the status channel; contact support@ is not a handle.",
        ])
}

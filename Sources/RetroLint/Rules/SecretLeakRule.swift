import RetroModel

/// Tokens, keys, passwords and URLs with credentials in customer-facing text.
struct SecretLeakRule: LeakRule {
    let kinds: Set<SensitiveKind> = [.secret, .credentialURL]
    let description = RuleDescription(
        id: "customer.secret", name: "Secret or credential", category: .customer, severity: .error,
        message: "This looks like a credential; remove it, and rotate it if it was ever published.",
        rationale: """
            Chat during an incident often carries tokens, keys and connection strings. The rule flags Slack tokens (xox…, xapp-…), AWS access key ids and secret keys, GitHub tokens, bearer and Authorization values, JWTs, private key blocks, password=/token=/api_key= assignments and URLs with a user name and password, in prose, code and link targets alike.
            """,
        rewrite: nil,
        triggering: [
            "The key ↓AKIAIOSFODNN7EXAMPLE was rotated.",
            "```\n↓postgres://app:s3cret@db.example.com/pay\n```",
        ],
        nonTriggering: [
            "All access keys were rotated as a precaution.",
        ])
}

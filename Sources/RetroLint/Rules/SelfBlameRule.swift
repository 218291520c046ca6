/// "My fault", "I screwed up": blame aimed at oneself.
struct SelfBlameRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.self", name: "Self-blame", category: .blame, severity: .warning,
        message: "Self-blame is still blame: your action followed from the tools, defaults and policies you had; describe those so the system can change.",
        rationale: """
            Taking the blame yourself feels generous, but it stops the review in the same place as blaming someone else: nothing about the system needs to change, and "I won't make that mistake again" is not a follow-up. Describe what you saw and did, what made it reasonable at the time, and which safeguard was missing. You would not blame a teammate for this; do not blame yourself.
            """,
        rewrite: "The command ran in a shell connected to production; the prompt did not show the environment.",
        triggering: [
            "This one is ↓my fault, sorry.",
            "↓I screwed up the config push.",
            "Honestly ↓our fault: we shipped it on Friday.",
        ],
        nonTriggering: [
            "I rolled back the release at 10:41.",
            "The fault was in the retry loop of the client.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        Finding(hit)
    }
}

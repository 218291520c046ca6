/// "Disaster", "catastrophe", "meltdown" → "incident".
struct DisasterTermRule: PhraseRule {
    let description = RuleDescription(
        id: "terminology.disaster", name: "Disaster", category: .terminology, severity: .suggestion,
        message: "'Disaster' sets a catastrophic bar and suggests failure was avoidable; 'incident' treats it as an expected part of running systems.",
        rationale: """
            People see disasters as rare catastrophes; incidents are inevitable in any system that aims below 100% and are investments in future reliability. Calling them incidents keeps the tone calm and the review about learning. "Disaster recovery" as the name of a technical capability (backups, failover regions) is fine.
            """,
        rewrite: "incident",
        triggering: [
            "Friday's deploy was a ↓disaster.",
            "The failover turned into a ↓meltdown.",
        ],
        nonTriggering: [
            "The disaster recovery region took over at 10:02.",
            "Friday's deploy caused an incident.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        TerminologySubstitution.check(hit, in: run, context: context, rule: description.id)
    }
}

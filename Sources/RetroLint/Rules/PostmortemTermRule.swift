/// "Postmortem" → "retrospective".
struct PostmortemTermRule: PhraseRule {
    let description = RuleDescription(
        id: "terminology.postmortem", name: "Postmortem", category: .terminology, severity: .suggestion,
        message: "'Postmortem' frames the review around a death and a single moment of failure; 'retrospective' tells the whole story, before and after.",
        rationale: """
            A postmortem is defined by the moment of failure and works backwards; its association with death can bring guilt and fear into the room, and nothing is examined after it. A retrospective tells the complete story of the service, systems and people, up to and beyond the incident. The rule is a suggestion: many teams and templates still say postmortem.
            """,
        rewrite: "retrospective",
        triggering: [
            "↓Postmortem: API outage on 2 March",
            "The ↓post-mortem meeting is on Tuesday.",
        ],
        nonTriggering: [
            "Retrospective: API outage on 2 March",
            "See `postmortem.md` for the template.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        TerminologySubstitution.check(hit, in: run, context: context, rule: description.id)
    }
}

/// "Who broke it?", "whose fault": questions that look for a culprit.
struct BlameQuestionRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.question", name: "Who-question", category: .blame, severity: .warning,
        message: "Asking who looks for a culprit; ask what and how instead: which change, which process step, what made it possible.",
        rationale: """
            "Who" and "whose fault" questions make people justify themselves and hide the conditions that matter. It's not about who tripped over the power cord, but how to stop people tripping over it next time. Ask what happened, how it made sense at the time, and which process step let the change through. A relative clause ("the engineer who pushed the fix") is not a question and does not trigger the rule. "Why didn't anyone …?" and "what did I do wrong?" ask the same thing of a group or of oneself.
            """,
        rewrite: "Which change reached production, and which check could have stopped it?",
        triggering: [
            "↓Who broke the build on Friday?",
            "It is unclear ↓whose fault this was.",
            "↓Who pushed this change?",
            "↓Why didn't anyone check the quota before launch?",
            "Looking back, ↓what did I do wrong?",
        ],
        nonTriggering: [
            "The engineer who pushed the fix also updated the runbook.",
            "We asked why the check did not run and found the cron entry disabled.",
            "Which change reached production without review?",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        if context.matches(context.phrases("unconditional", of: description.id), in: run, at: hit.start) {
            return Finding(hit)
        }
        let who = run.tokens[hit.start]
        return who.startsClause || who.flags.contains(.question) ? Finding(hit) : nil
    }
}

/// Personnel and punitive action in a retrospective: fired, reprimanded, removed from rotation.
struct PunitiveRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.punitive", name: "Punitive action", category: .blame, severity: .warning,
        message: "Punishment belongs to performance management, not to the incident review; state the systemic change that makes the failure harder instead.",
        rationale: """
            Firing, reprimanding or removing someone from rotation treats the person as the problem: the system stays as it was, the next person in the same position meets the same trap, and everyone learns to hide mistakes. Attribution and punishment are a separate process from incident review. Write the change to the system instead: two-person verification, narrower permissions, a guard in the tool. Technical senses ("the alert fired", "the instance was terminated") do not trigger the rule.
            """,
        rewrite: "Production admin changes now require two-person verification, and production admin rights are limited to the engineers who need them.",
        triggering: [
            "The engineer responsible has been ↓removed from the on-call rotation.",
            "Sam was ↓fired after the incident.",
            "The developer received a ↓reprimand.",
            "We will hold the on-call engineer ↓accountable.",
        ],
        nonTriggering: [
            "The saturation alert fired at 09:19.",
            "The instance was terminated by the autoscaler.",
            "Each team is accountable for its service level objectives.",
        ])

    var anchorLists: [String] { ["terms", "person_terms"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        if hit.list == "terms" { return Finding(hit) }
        if hit.phrase == "accountable" { return checkAccountable(hit, in: run, context: context) }
        // "fired off a query" is sending, not dismissal.
        if hit.end < run.tokens.count, run.tokens[hit.end].hash == Self.off { return nil }
        return context.subjectIsPerson(before: hit.start, in: run, skipping: context.subjectGap) ? Finding(hit) : nil
    }

    /// "hold <person> accountable" or "<person> was held accountable".
    private func checkAccountable(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        var index = hit.start - 1
        var sawPerson = false
        while index >= max(0, hit.start - 5) {
            let token = run.tokens[index]
            if Self.hold.contains(token.hash) {
                if sawPerson || context.subjectIsPerson(before: index, in: run, skipping: context.subjectGap) {
                    return Finding(hit)
                }
                return nil
            }
            if context.isPerson(index, in: run) { sawPerson = true }
            if token.startsClause { break }
            index -= 1
        }
        return nil
    }

    private static let off = WordHash.of("off")
    private static let hold = Set(["hold", "held", "holding", "holds"].map(WordHash.of))
}

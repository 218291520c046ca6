/// Follow-ups that rely on people trying harder: "be more careful", "remind engineers".
struct TryHarderRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.try-harder", name: "Try-harder follow-up", category: .blame, severity: .warning,
        message: "Asking people to try harder does not change the system; propose a change that makes the mistake hard to make or easy to catch.",
        rationale: """
            "Be more careful", "pay more attention", "double-check" and "remind engineers" put the fix on vigilance, which fails the same way under the next night's fatigue. A follow-up should change the system: a guard, a default, an automated check, a clearer signal. A safeguard that double-checks ("the deploy script double-checks the target") is fine.
            """,
        rewrite: "Add a production banner to the admin panel and require two-person verification for production changes.",
        triggering: [
            "Engineers should ↓be more careful when running migrations.",
            "Action: ↓remind engineers to use the staging panel.",
            "↓Double-check the target cluster before applying.",
            "The on-call engineer must ↓pay more attention to disk alerts.",
        ],
        nonTriggering: [
            "The deploy script double-checks the target cluster.",
            "Add a confirmation prompt that names the target cluster.",
            "Retrain the ranking model on the corrected data.",
        ])

    var anchorLists: [String] { ["terms", "person_terms", "object_terms"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        switch hit.list {
        case "person_terms":
            let token = run.tokens[hit.start]
            if token.flags.contains(.sentenceStart) || token.flags.contains(.clauseStart) { return Finding(hit) }
            return context.subjectIsPerson(before: hit.start, in: run, skipping: context.subjectGap.union(Self.modalGap))
                ? Finding(hit) : nil
        case "object_terms":
            // "remind engineers", "retrain the on-call": the object is a person.
            let window = hit.end..<min(hit.end + 3, run.tokens.count)
            return window.contains { context.isPerson($0, in: run) } ? Finding(hit) : nil
        default:
            return Finding(hit)
        }
    }

    private static let modalGap = Set(["to", "must", "always", "please", "can", "could", "need", "needs"].map(WordHash.of))
}

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
            "We would like to remind everyone that the bounty programme pays for reports.",
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
            // "retrain the on-call", "remind engineers to …": a person is told to do better.
            // "remind everyone that we have a bounty programme" is just an announcement.
            let window = hit.end..<min(hit.end + 3, run.tokens.count)
            guard let person = window.first(where: { context.isPerson($0, in: run) }) else { return nil }
            if run.tokens[hit.start].hash == Self.remind || run.tokens[hit.start].hash == Self.reminding {
                let next = person + 1
                guard run.tokens.indices.contains(next), Self.toward.contains(run.tokens[next].hash) else { return nil }
            }
            return Finding(hit)
        default:
            return Finding(hit)
        }
    }

    private static let remind = WordHash.of("remind")
    private static let reminding = WordHash.of("reminding")
    private static let toward = Set(["to", "about", "of"].map(WordHash.of))
    private static let modalGap = Set(["to", "must", "always", "please", "can", "could", "need", "needs"].map(WordHash.of))
}

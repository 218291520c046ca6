/// "My fault", "I screwed up": blame aimed at oneself.
struct SelfBlameRule: PhraseRule {
    let description = RuleDescription(
        id: "blame.self", name: "Self-blame", category: .blame, severity: .warning,
        message: "Self-blame is still blame: your action followed from the tools, defaults and policies you had; describe those so the system can change.",
        rationale: """
            Taking the blame yourself feels generous, but it stops the review in the same place as blaming someone else: nothing about the system needs to change, and "I won't make that mistake again" is not a follow-up. The rule reads set phrases ("my fault", "our bad", "silly me", "I'm an idiot") and idioms of failing with a person as subject ("I screwed up", "we really messed it up", "blew it"; at the start of a sentence the subject may be left out). A system as subject ("the encoder messed up the line endings"), a denial, a plan or a condition stays quiet. Describe what you saw and did, what made it reasonable at the time, and which safeguard was missing. You would not blame a teammate for this; do not blame yourself.
            """,
        rewrite: "The command ran in a shell connected to production; the prompt did not show the environment.",
        triggering: [
            "This one is ↓my fault, sorry.",
            "↓I screwed up the config push.",
            "Honestly ↓our fault: we shipped it on Friday.",
            "So yes, ↓we really messed it up.",
            "↓Our bad, the DNS change went out early.",
            "↓Silly me, I ran it twice.",
            "Well, ↓I'm an idiot.",
            "↓Botched the cutover, sorry.",
        ],
        nonTriggering: [
            "I rolled back the release at 10:41.",
            "The fault was in the retry loop of the client.",
            "The encoder messed up the line endings.",
            "We did not screw up the cutover: the vendor moved the window.",
            "If we mess up the cutover, the old cluster is still there.",
        ])

    var anchorLists: [String] { ["terms", "subject_idioms"] }

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        guard hit.list == "subject_idioms" else { return Finding(hit) }
        // "I screwed up", "we really messed it up", "Sam blew it": an idiom of failing with a person
        // as subject, as a past fact; "the parser messed up the encoding" is about a system.
        let reading = context.read(hit.start, hit.end, in: run)
        if reading.negated || reading.future || reading.question || reading.conditional { return nil }
        if let subject = context.personSubject(before: hit.start, in: run) {
            return Finding(start: subject, end: hit.end, message: description.message + " (read as: idiom of failing; \(reading.summary))")
        }
        // "Screwed up the deploy, sorry.": the writer, unnamed.
        if run.tokens[hit.start].flags.contains(.sentenceStart), context.isParticiple(hit.start, in: run) {
            return Finding(hit, message: description.message + " (read as: idiom of failing; subject: the writer, elided)")
        }
        return nil
    }
}

import Foundation
import RetroModel
import Testing

@testable import RetroLint

/// The classes of blameful writing that the lint must read however they are worded, each next to
/// the trap that must stay quiet. Sentences are our own, one per class and variant.
@Suite struct GeneralisationTests {
    static func blame(_ text: String) -> [Diagnostic] {
        LintTestSupport.lint(text).filter { $0.category == .blame && $0.severity >= .warning }
    }

    /// Every form of a cue lemma fires, whichever rule owns it.
    @Test(arguments: [
        ("We had forgotten to rotate the signing key.", "blame.counterfactual"),
        ("I forgot the environment flag on the second run.", "blame.omission"),
        ("The team kept neglecting to update the runbook.", "blame.counterfactual"),
        ("The reviewer overlooked the changed default.", "blame.omission"),
        ("We were ignoring the disk alerts all week.", "blame.omission"),
        ("We dropped the ball, then kept dropping it.", "blame.error-noun"),
        ("The rollout was handled sloppily.", "blame.judgment"),
        ("I stupidly pushed to the wrong branch.", "blame.judgment"),
    ])
    func inflectedCuesFire(text: String, rule: String) {
        #expect(Self.blame(text).contains { $0.rule == rule }, "\(text) → \(Self.blame(text).map(\.rule))")
    }

    @Test func theInflectorCoversRegularAndIrregularVerbs() {
        #expect(Set(Inflection.verb("forget")) == ["forget", "forgets", "forgot", "forgotten", "forgetting"])
        #expect(Set(Inflection.verb("drop")) == ["drop", "drops", "dropped", "dropping"])
        #expect(Set(Inflection.verb("ignore")) == ["ignore", "ignores", "ignored", "ignoring"])
        #expect(Set(Inflection.verb("verify")) == ["verify", "verifies", "verified", "verifying"])
        #expect(Set(Inflection.verb("fail")) == ["fail", "fails", "failed", "failing"])
        #expect(Set(Inflection.adjective("sloppy")) == ["sloppy", "sloppily", "sloppiness"])
        #expect(Set(Inflection.adjective("careless")) == ["careless", "carelessly", "carelessness"])
        #expect(Inflection.expand(["forget~ to", "plain words"]).contains("forgotten to"))
        #expect(Inflection.expand(["plain words"]) == ["plain words"])
    }

    /// A term the user adds in the configuration is inflected like the pack's own.
    @Test func userTermsAreInflectedToo() throws {
        let config = try LintConfig.parse("rules:\n  blame.omission:\n    add_terms: [disregard~]\n", path: ".retro-lint.yml")
        let found = LintTestSupport.lint("We disregarded the warning twice.", config: config)
        #expect(found.contains { $0.rule == "blame.omission" })
    }

    /// Adverbs and short adjuncts inside a counterfactual or a judgment.
    @Test(arguments: [
        "We should have first communicated the change to support.",
        "We should really have drained the node.",
        "I could have easily checked the graph.",
        "- should probably have waited for the canary",
        "If we had just pinned the version, nothing would have broken.",
        "I wish I had actually tested the restore.",
        "We completely failed to notice the second alert.",
        "Paging everyone at once wasn't really the best call.",
        "Caching tokens for a day was a bad engineering decision.",
        "We should also have known the quota was shared.",
        "They could have at least told us.",
    ])
    func adjunctsInsideAPatternStillFire(text: String) {
        #expect(!Self.blame(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "We could not possibly have known the quota was shared.",
        "We should really have alerting on the queue depth.",
        "The job should really have retried.",
        "Without paging, we could have easily noticed it much later.",
    ])
    func adjunctTrapsStayQuiet(text: String) {
        #expect(Self.blame(text).isEmpty, "\(text) → \(Self.blame(text).map(\.match))")
    }

    /// A person as subject fires; a system, a passive or a condition does not.
    @Test(arguments: [
        "I mistakenly ran the cleanup against production.",
        "She accidentally deleted the volume.",
        "Accidentally, the on-call engineer paged the wrong team.",
        "I opened the console and accidentally terminated the primary.",
        "We ran the migration, then accidentally dropped the old table.",
        "He carelessly pushed the change.",
        "Our team failed to follow the runbook.",
        "John and I failed to check the backup.",
        "The engineer who forgot the flag was new to the team.",
    ])
    func personSubjectsFire(text: String) {
        #expect(!Self.blame(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The job failed to start after the upgrade.",
        "PRs failing to merge held the release for a day.",
        "The cache mistakenly served stale data for an hour.",
        "The volume was accidentally deleted by the cleanup job.",
        "The job restarted and accidentally deleted the lock file.",
        "If the on-call engineer fails to acknowledge, the page escalates.",
        "We'd accidentally caused this with the migration, as the build script still looked for the old file.",
        "Engineers ignoring the banner is why the page now blocks the button.",
        "Nothing failed to deploy.",
        "Users who forgot their passwords were locked out for an hour.",
        "Do not forget to tag the release.",
        "We ignore these signals now, and the parser fails to read them anyway.",
        "An earlier update for MinGW and Cygwin accidentally broke the build.",
        "Unknown keys are skipped; they should silently be ignored.",
        "This release removes a bad fn call and fixes a wrong method call.",
        "Next time we should really have a second reviewer on schema changes.",
    ])
    func systemSubjectsAndConditionsStayQuiet(text: String) {
        #expect(Self.blame(text).isEmpty, "\(text) → \(Self.blame(text).map(\.match))")
    }

    /// Self-deprecating idioms, set or with a person as subject.
    @Test(arguments: [
        "I'm an idiot: the card on the account had expired.",
        "Our bad, the DNS change went out early.",
        "Silly me, I ran it twice.",
        "It was my fault, plain and simple.",
        "Total rookie mistake.",
        "I screwed up the deploy.",
        "We really messed it up on Friday.",
        "We really dropped the ball on this one.",
        "Blew it on the cutover, sorry everyone.",
    ])
    func idiomsFire(text: String) {
        #expect(!Self.blame(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The encoder messed up the line endings.",
        "We did not screw up the cutover: the vendor moved the window.",
        "If we mess up the cutover, the old cluster is still there.",
    ])
    func idiomTrapsStayQuiet(text: String) {
        #expect(Self.blame(text).isEmpty, "\(text) → \(Self.blame(text).map(\.match))")
    }

    /// Rhetorical blame questions, direct and indirect.
    @Test(arguments: [
        "How can you push on a Friday and not notice?",
        "Why didn't anyone check the quota?",
        "So, who approved this?",
        "How did we not catch this in staging?",
        "I still wonder why nobody questioned the access.",
        "Nobody asked why no one had tested the restore.",
        "Why would anyone run that on production?",
        "What were you thinking?",
        "Why wasn't anyone watching the queue?",
        "Why on earth did nobody test this?",
        "Who the hell merged this?",
    ])
    func blameQuestionsFire(text: String) {
        #expect(Self.blame(text).contains { $0.rule == "blame.question" }, "\(text)")
    }

    @Test(arguments: [
        "Why did we pick Redis for the queue?",
        "How can we make sure nobody misses the page again?",
        "Why didn't the alert fire?",
        "Who was on call that night?",
        "The engineer who approved the change also wrote the fix.",
        "That is why nobody noticed the lag: the alert was muted.",
        "3. Why were they not told apart? Nothing on the page shows the environment.",
    ])
    func neutralQuestionsStayQuiet(text: String) {
        #expect(Self.blame(text).isEmpty, "\(text) → \(Self.blame(text).map(\.match))")
    }

    /// Sentence ends outside ASCII: the clause after "…" or "？" starts afresh.
    @Test func unicodeMarksEndSentences() {
        // The ellipsis ends the first sentence, so the second one's subject is "we", not "deploy".
        let tokens = Tokenizer.tokens(in: Array("The deploy went fine… We should have checked.".utf8))
        let we = tokens.first { $0.text(in: Array("The deploy went fine… We should have checked.".utf8)) == "We" }
        #expect(we?.flags.contains(.sentenceStart) == true)
        let asked = Array("Who approved this？ The graph says it all.".utf8)
        let askedTokens = Tokenizer.tokens(in: asked)
        #expect(askedTokens.first { $0.text(in: asked) == "this" }?.flags.contains(.question) == true)
        #expect(askedTokens.first { $0.text(in: asked) == "graph" }?.flags.contains(.question) == false)
        // An em dash between words no longer glues its bytes to the next word.
        let dashed = Array("We—should have drained it.".utf8)
        #expect(Tokenizer.tokens(in: dashed).map { $0.text(in: dashed) } == ["We", "should", "have", "drained", "it"])
        #expect(!Self.blame("It went fine… The on-call engineer should have paged the vendor.").isEmpty)
        #expect(!Self.blame("Who approved this？").isEmpty)
        // Before a lower-case word the ellipsis is an elision inside one sentence.
        #expect(Self.blame("Look for metrics that… could have tipped you off.").isEmpty)
        // An event, not a person's conduct: blame.hindsight's phrase, not a counterfactual.
        #expect(!Self.blame("- should never have happened, in any region").contains { $0.rule == "blame.counterfactual" })
    }

    /// Quoted chat (inside the quoted-speech markers `retro build` writes) is reported as a
    /// suggestion only, and a code span is not read at all.
    @Test func quotedChatAndCodeSpansAreNotCounted() {
        let chat = "<!-- retro-lint quoted-speech -->\n> 10:04 kim: silly me, I screwed up the deploy\n> 10:05 sam: how can you push on a Friday and not notice?\n<!-- retro-lint end-quoted-speech -->\n"
        let found = LintTestSupport.lint(chat).filter { $0.category == .blame }
        #expect(Set(found.map(\.rule)) == ["blame.self", "blame.question"])
        #expect(found.allSatisfy { $0.severity == .suggestion })
        #expect(Self.blame("Use `we should really have drained it` as an example.").isEmpty)
        #expect(Self.blame("Never write `silly me, I forgot to renew` in a review.").isEmpty)
    }

    /// Front matter after an HTML comment line is still front matter.
    @Test func frontMatterAfterACommentLineIsSkipped() {
        let text = "<!-- source: somewhere -->\n---\ntitle: I screwed up the deploy\n---\n\nThe deploy went out at 10:00.\n"
        #expect(Self.blame(text).isEmpty, "\(Self.blame(text).map(\.match))")
        #expect(FrontMatter.blanked(text).hasPrefix("<!-- source: somewhere -->\n\n\n\n"))
        let toml = "+++\ntitle = \"We should have known\"\n+++\nText.\n"
        #expect(Self.blame(toml).isEmpty)
        // A comment followed by text is a paragraph: nothing after it is front matter.
        let paragraph = "<!-- note --> We screwed up.\n---\ntitle: x\n---\n"
        #expect(FrontMatter.blanked(paragraph) == paragraph)
    }
}

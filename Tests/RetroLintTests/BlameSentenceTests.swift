import RetroModel
import Testing

@testable import RetroLint

/// Labelled sentences of our own, written in the ways teams write retrospectives (chatty blog
/// posts, terse list items, formal reports, hard-wrapped lines). None is taken from the labelled
/// corpus; they keep the blame rules honest in a checkout without `../shared`.
@Suite struct BlameSentenceTests {
    /// Sentences a reviewer should see flagged (a blame finding at warning or above).
    static let blameful = [
        "Looking back, I missed the second alert because I was reading the first one.",
        "We ignored the disk warnings for most of the week.",
        "- ops ignored the retry storm until the pager went off",
        "The on-call engineer overlooked the expired certificate in the morning check.",
        "We did not test the failover path thoroughly enough before the cutover.",
        "Honestly we didn't watch the replication lag closely enough after the deploy.",
        "@priya did not tell anyone the backup job had been paused.",
        "The platform team never reviewed the new IAM policy.",
        "- did not keep an eye on the error budget during the freeze",
        "We were not prepared for a regional failover.",
        "The certificate expired due to a renewal oversight.",
        "Restarting every pod at once was a mistake.",
        "Total rookie move, and entirely my mistake.",
        "We dropped the ball on communicating with support.",
        "Classic blunder.",
        "The rollback failed as a result of an oversight on our part.",
        "We hurriedly patched the load balancer config and made things worse.",
        "Dropping the index during peak hours was a poor decision.",
        "In retrospect, rolling out to every region on the same day was\nnot the best\nplan.",
        "Frankly, he wasn't a strong reviewer for database changes.",
        "I wish I had checked the diff before merging.",
        "It would never have happened if we had pinned the chart version.",
        "We ought to have drained traffic before the migration.",
        "- should have waited for the canary to finish",
        "Why didn't anyone check the quota before the launch?",
        "In hindsight, disabling the rate limiter was reckless.",
        "The migration was written in a haste on a Friday afternoon.",
        "This outage comes down to human error during the manual failover.",
    ]

    /// Sentences that must stay quiet.
    static let blameless = [
        "The load balancer missed three health checks in a row and took the node out.",
        "The parser ignored the trailing comma, so the config loaded with defaults.",
        "We did not page the database team until 10:40, when the lag passed ten minutes.",
        "The nightly job did not run because the cron entry pointed at the old host.",
        "We didn't notice the drift for a week because no dashboard showed the setting.",
        "Nobody ignored the alert: it went to a channel that was archived in March.",
        "It was not a mistake to fail over; the primary was already losing writes.",
        "This was not operator error; the runbook listed the wrong region.",
        "We cannot call the handover sloppy when the checklist had no step for it.",
        "The team will not skip the canary stage again: the pipeline now requires it.",
        "Did we miss any customer reports in the timeline?",
        "Without the synthetic check we could have noticed the outage much later.",
        "If we had more headroom on the volume, the compaction would have finished.",
        "The board asked for stronger oversight of production access.",
        "The lack of oversight on shared credentials is listed as an organisational factor.",
        "The script removed the tag by mistake when the glob matched too widely.",
        "Lazy loading kept the first request under the timeout.",
        "Markdown lazy continuation lines pulled the chat into the quote.",
        "Our alerts fired at 02:14 and paged the secondary.",
        "The worker fired off a retry for every failed batch.",
        "The validation step should have rejected the malformed manifest.",
        "Error budgets exist because mistakes will happen.",
        "The new cache was not the best fit for write-heavy keys, as the benchmark showed.",
        "If the job had retried, the import would have completed.",
        "We wish to thank the vendor's support engineers for their help.",
        "I rolled back the release at 10:41 and the error rate fell within two minutes.",
        "The change merged in June was never tested against the old schema.",
        "We were not able to reproduce it locally.",
        "The on-call did not have access to the console.",
        "We did not test on ARM because the CI had no ARM runners.",
        "It is a common mistake to size pools by CPU count.",
        "No one was at fault: the tool offered the destructive default.",
        "I was not monitoring the graph because I was handling the customer call.",
    ]

    @Test(arguments: blameful)
    func blamefulSentenceIsFlagged(_ text: String) {
        let blame = LintTestSupport.lint(text).filter { $0.category == .blame && $0.severity >= .warning }
        #expect(!blame.isEmpty, "not flagged: \(text)")
    }

    @Test(arguments: blameless)
    func blamelessSentenceStaysQuiet(_ text: String) {
        let blame = LintTestSupport.lint(text).filter { $0.category == .blame && $0.severity >= .warning }
        #expect(blame.isEmpty, "\(text) → \(blame.map { "\($0.rule) '\($0.match)'" })")
    }

    /// Each finding names the clause features it was decided on.
    @Test func findingNamesTheFeatures() throws {
        let finding = try #require(LintTestSupport.lint("@priya did not tell anyone the backup job had been paused.").first)
        #expect(finding.rule == "blame.omission")
        #expect(finding.message.contains("omission by a named person"))
        #expect(finding.message.contains("subject: handle '@priya'"))
    }

    /// The suggestion, when there is one, names the matched actor and verb.
    @Test func suggestionFitsTheMatchedWords() throws {
        let omission = try #require(LintTestSupport.lint("The platform team never reviewed the new IAM policy.").first)
        #expect(omission.suggestion?.hasPrefix("Describe what the team saw") == true)
        let first = try #require(LintTestSupport.lint("We ignored the disk warnings for most of the week.").first)
        #expect(first.suggestion?.hasPrefix("Describe what we saw") == true)
        #expect(omission.suggestion?.contains("never reviewed") == true)
        let counterfactual = try #require(LintTestSupport.lint("Sam should have rolled back sooner.").first)
        #expect(counterfactual.suggestion?.contains("Sam") == true)
        #expect(counterfactual.suggestion?.contains("'rolled'") == true)
        // No canned rewrite unrelated to the sentence.
        let judgment = try #require(LintTestSupport.lint("It was sloppy work.").first)
        #expect(judgment.suggestion == nil)
    }
}

/// A whole retrospective of our own in a team's everyday style (front matter, hard wraps, pasted
/// chat, an HTML `<details>` block, a code block), labelled line by line before the lint ran on it.
@Suite struct LabelledDocumentTests {
    /// Lines a reviewer should see flagged; every other line must stay quiet at warning level.
    static let blamefulLines: Set<Int> = [
        18,  // we did not read the chart's changelog closely enough
        19,  // I missed the warning
        25,  // who merged the ingress bump?? (pasted chat, still blame)
        26,  // my bad, that was me
        31,  // list item: should have kept the previous chart
        32,  // @dmitri did not tell the payments team
        37,  // The hasty reading was ours (inside <details>)
        43,  // a poor decision
    ]

    @Test func flagsExactlyTheLabelledLines() throws {
        let text = try LintTestSupport.fixture("team-retro-labelled.md")
        let flagged = Set(LintTestSupport.lint(text).filter { $0.category == .blame && $0.severity >= .warning }.map(\.line))
        #expect(flagged.subtracting(Self.blamefulLines).isEmpty, "false positives on lines \(flagged.subtracting(Self.blamefulLines).sorted())")
        #expect(Self.blamefulLines.subtracting(flagged).isEmpty, "missed lines \(Self.blamefulLines.subtracting(flagged).sorted())")
    }
}

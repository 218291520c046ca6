import RetroModel
import Testing

@testable import RetroLint

@Suite struct SuppressionTests {
    @Test func disableAndEnableSilenceAPassage() {
        let text = "<!-- retro-lint disable blame.judgment -- quoted from chat -->\n\nIt was careless.\n\n<!-- retro-lint enable -->\n\nIt was sloppy."
        let found = LintTestSupport.lint(text)
        #expect(found.map(\.match) == ["sloppy"])
    }

    @Test func disableNextLineCoversOnlyTheNextLine() {
        let text = "<!-- retro-lint disable-next-line blame.judgment -->\nIt was careless.\nIt was sloppy."
        #expect(LintTestSupport.lint(text).map(\.match) == ["sloppy"])
    }

    @Test func disableFileAndCategories() {
        #expect(LintTestSupport.lint("<!-- retro-lint disable-file -->\n\nIt was careless. Root cause.").isEmpty)
        let text = "<!-- retro-lint disable-file blame -->\n\nIt was careless. The root cause was DNS."
        #expect(LintTestSupport.lint(text).map(\.rule) == ["terminology.root-cause"])
    }

    @Test func unknownRuleIsReportedWithSuggestion() {
        let found = LintTestSupport.lint("<!-- retro-lint disable-next-line blame.judgement -->\nIt was careless.")
        let problem = found.first { $0.rule == "lint.suppression" }
        #expect(problem?.line == 1)
        #expect(problem?.column == 1)
        #expect(problem?.message.contains("'blame.judgment'") == true)
        #expect(found.contains { $0.rule == "blame.judgment" }, "an unknown id suppresses nothing")
    }

    @Test func unclosedDisableIsReported() {
        let found = LintTestSupport.lint("Intro.\n\n<!-- retro-lint disable blame.judgment -->\n\nIt was careless.")
        #expect(found.map(\.rule) == ["lint.suppression"])
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("never enabled again") == true)
    }

    @Test func unknownCommandIsReported() {
        let found = LintTestSupport.lint("<!-- retro-lint dissable -->\n\nText.")
        #expect(found.first?.rule == "lint.suppression")
        #expect(found.first?.message.contains("'disable'") == true)
    }

    @Test func inlineCommentWorks() {
        let text = "It was careless. <!-- retro-lint disable-line blame.judgment -->"
        #expect(LintTestSupport.lint(text).isEmpty)
    }
}

/// Issue 14: a reason after ` -- ` made an inline comment plain text for cmark (a CommonMark
/// comment may not contain `--`), so the directive was never seen.
@Suite struct SuppressionReasonTests {
    @Test func inlineDisableLineWithReason() {
        let text = "It was careless. <!-- retro-lint disable-line blame.judgment -- quoted from chat -->\nIt was sloppy."
        let found = LintTestSupport.lint(text)
        #expect(found.map(\.match) == ["sloppy"])
    }

    @Test func inlineDisableLineWithReasonAndNoRule() {
        #expect(LintTestSupport.lint("It was careless. <!-- retro-lint disable-line -- pasted -->").isEmpty)
    }

    @Test func commentTextIsNotLinted() {
        // The comment's own words ("sloppy") are not prose.
        let found = LintTestSupport.lint("Fine. <!-- retro-lint disable-line terminology -- not sloppy -->")
        #expect(found.isEmpty)
    }

    @Test func disableNextLineWithReasonInParagraph() {
        let text = "Intro. <!-- retro-lint disable-next-line blame.judgment -- chat -->\nIt was careless.\nIt was sloppy."
        #expect(LintTestSupport.lint(text).map(\.match) == ["sloppy"])
    }
}

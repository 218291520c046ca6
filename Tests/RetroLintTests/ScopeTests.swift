import RetroModel
import Testing

@testable import RetroLint

/// What the lint reads and what it leaves alone.
@Suite struct ScopeTests {
    @Test(arguments: [
        "```\nSam should have caught this.\n```",
        "    Sam should have caught this.",
        "Run `human error` as the search term.",
        "See [the docs](https://example.com/human-error-was-careless) for details.",
        "Visit https://example.com/careless/sloppy today.",
        "<!-- Sam should have caught this. -->",
        "---\ntitle: human error\nnote: careless\n---\n\nThe pool filled up.",
        "![a careless picture](img.png)",
    ])
    func skippedTextProducesNothing(text: String) {
        #expect(LintTestSupport.lint(text).isEmpty, "\(text)")
    }

    @Test func linkTextIsLinted() {
        let found = LintTestSupport.lint("See [a careless change](https://example.com/x) here.")
        #expect(found.map(\.rule) == ["blame.judgment"])
        #expect(found.first?.column == 8)
    }

    /// Issue 14: blame quoted in a retrospective is still blame a reviewer must see.
    @Test func blockquotesAreLintedAtTheRulesLevel() {
        let quoted = LintTestSupport.lint("> It was careless.")
        #expect(quoted.first?.severity == .warning)
        #expect(quoted.first?.column == 10)
        var config = LintConfig()
        config.blockquotes = .downgrade
        #expect(LintTestSupport.lint("> It was careless.", config: config).first?.severity == .suggestion)
    }

    @Test func blockquotesCanBeSkippedOrLintedAsProse() {
        var config = LintConfig()
        config.blockquotes = .skip
        #expect(LintTestSupport.lint("> It was careless.", config: config).isEmpty)
        config.blockquotes = .same
        #expect(LintTestSupport.lint("> It was careless.", config: config).first?.severity == .warning)
    }

    @Test func lazyBlockquoteContinuationIsQuoted() {
        var config = LintConfig()
        config.blockquotes = .downgrade
        let found = LintTestSupport.lint("> first line of chat\nit was careless of me", config: config)
        #expect(found.count == 1)
        #expect(found.first?.severity == .suggestion)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 8)
    }

    @Test func headingsHaveTheirOwnScope() {
        #expect(LintTestSupport.lint("## Root cause\n\nText.").isEmpty)
        let found = LintTestSupport.lint("# Postmortem of the outage")
        #expect(found.map(\.rule) == ["terminology.postmortem"])
        #expect(found.first?.suggestion == "Retrospective")
        // Capitalised heading words are not read as names.
        #expect(LintTestSupport.lint("## Deploy Failed To Start").isEmpty)
    }

    @Test func frontMatterKeepsLineNumbers() {
        let found = LintTestSupport.lint("---\ntitle: x\n---\n\nIt was careless.")
        #expect(found.first?.line == 5)
    }
}

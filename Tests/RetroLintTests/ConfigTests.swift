import RetroModel
import Testing

@testable import RetroLint

@Suite struct ConfigTests {
    @Test func unknownTopLevelKeyIsAnErrorWithPositionAndHint() {
        do {
            _ = try LintConfig.parse("structure: off\nblockquote: skip\n", path: ".retro-lint.yml")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.location.line == 2)
            #expect(error.location.column == 1)
            #expect(error.message.contains("'blockquote'"))
            #expect(error.hint == "did you mean 'blockquotes'?")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownRuleIdAndSettingAreErrors() {
        #expect(throws: InputError.self) { try LintConfig.parse("rules:\n  blame.judgement: off\n", path: "c.yml") }
        #expect(throws: InputError.self) { try LintConfig.parse("rules:\n  blame.judgment:\n    severty: error\n", path: "c.yml") }
        #expect(throws: InputError.self) { try LintConfig.parse("structure: retro\n", path: "c.yml") }
        #expect(throws: InputError.self) { try LintConfig.parse("rules: [a, b]\n", path: "c.yml") }
    }

    @Test func settingsChangeFindings() throws {
        let yaml = """
            people: [Priya]
            rules:
              blame.judgment:
                severity: error
                add_terms: [ham-fisted]
                allow_terms: [sloppy]
              terminology.postmortem: off
            """
        let config = try LintConfig.parse(yaml, path: "c.yml")
        let found = LintTestSupport.lint("A ham-fisted fix. Sloppy work. The postmortem. Priya failed to check.", config: config)
        #expect(found.map(\.rule) == ["blame.judgment", "blame.counterfactual"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.match == "ham-fisted")
    }

    @Test func overrideTermsReplacesTheList() throws {
        let config = try LintConfig.parse("rules:\n  terminology.disaster:\n    override_terms: [kerfuffle]\n", path: "c.yml")
        let found = LintTestSupport.lint("A disaster and a kerfuffle.", config: config)
        #expect(found.map(\.match) == ["kerfuffle"])
    }

    @Test func globalAllowCoversAPhrase() throws {
        let config = try LintConfig.parse("allow: [operator error budget]\n", path: "c.yml")
        #expect(LintTestSupport.lint("The operator error budget is fine.", config: config).isEmpty)
        #expect(!LintTestSupport.lint("It was operator error.", config: config).isEmpty)
    }

    @Test func structureFlagTurnsOnStructureRules() {
        let text = "# Notes\n\nThe pool filled up."
        #expect(Linter.lint(text, path: "a.md").isEmpty)
        let found = Linter.lint(text, path: "a.md", options: LintOptions(structure: .retrospective))
        #expect(found.map(\.rule).contains("structure.sections"))
    }

    @Test func printedConfigListsEveryRule() {
        let text = LintConfig().yamlDescription
        for rule in RuleCatalog.all { #expect(text.contains("  \(rule.id):")) }
        #expect(text.contains("structure: off"))
    }

    @Test func builtInPacksParse() {
        let pack = PhrasePack.builtIn
        #expect((pack.words["pronouns"] ?? []).contains("they"))
        #expect((pack.words["non_person"] ?? []).contains("no"), "YAML 'no' stays a word, not false")
        for rule in RuleCatalog.phraseRules.map(\.description) {
            #expect(pack.rules[rule.id] != nil, "\(rule.id) has a phrase list")
        }
    }
}

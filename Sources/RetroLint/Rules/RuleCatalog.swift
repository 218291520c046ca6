import RetroMarkdown

/// Every rule the lint knows, in the order `retro rules` lists them.
public enum RuleCatalog {
    static let phraseRules: [any PhraseRule] = [
        CounterfactualRule(), OmissionRule(), ErrorNounRule(), HumanErrorRule(), JudgmentRule(), HindsightRule(), CondescensionRule(),
        SelfBlameRule(), BlameQuestionRule(), PunitiveRule(), TryHarderRule(),
        PostmortemTermRule(), RootCauseTermRule(), DisasterTermRule(), MinimizingRule(),
    ]

    static let documentRules: [any DocumentRule] = [
        SectionsRule(), FollowUpOwnerRule(), FactorBreadthRule(), CustomerSummaryRule(), MissingContentRule(),
    ]

    /// The `customer` profile's leak rules, over what the sensitive-content scanner finds.
    static let leakRules: [any LeakRule] = [
        PersonNameLeakRule(), InternalHostLeakRule(), InternalURLLeakRule(), TicketKeyLeakRule(), EmailLeakRule(),
        SecretLeakRule(), InternalTermLeakRule(),
    ]

    /// The rule that reports malformed or unknown suppression comments.
    public static let suppression = RuleDescription(
        id: "lint.suppression", name: "Suppression comment", category: .structure, severity: .warning,
        message: "A retro-lint comment could not be applied.",
        rationale: """
            Suppression comments look like `<!-- retro-lint disable RULE[,RULE] -- reason -->` … `<!-- retro-lint enable -->`, or `disable-next-line`, `disable-line`, `disable-file`. A comment that names an unknown rule, uses an unknown command, or disables rules without enabling them again is reported, so that a typo never silently switches the lint off.
            """,
        triggering: ["↓<!-- retro-lint disable-next-line blame.counterfactal -->\nText."],
        nonTriggering: ["<!-- retro-lint disable-next-line blame.judgment -- quoted from chat -->\nIt was sloppy."])

    /// The rule that reports a block nested too deep to check.
    public static let nesting = RuleDescription(
        id: "lint.nesting", name: "Nesting too deep to check", category: .structure, severity: .warning,
        message: "This block nests more than \(CMark.maximumNesting) levels deep, so it was not checked; flatten the quotes, lists or emphasis.",
        rationale: """
            Real retrospectives nest block quotes, lists and emphasis a few levels deep. A block nested more than \(CMark.maximumNesting) levels deep is almost always generated or hostile text; it is reported and left unchecked instead of being walked, so that no input can exhaust the stack. Nothing in it is linted, so read it yourself or flatten it.
            """,
        triggering: ["↓" + String(repeating: "> ", count: CMark.maximumNesting + 1) + "Deep."],
        nonTriggering: ["> > > Quoted three levels deep."])

    public static let tooLarge = RuleDescription(
        id: "lint.too-large", name: "Line too long or too wide to check", category: .structure, severity: .warning,
        message: "This line is longer or has more table cells than the lint reads, so it was not checked; break it up.",
        rationale: """
            A line of prose is rarely longer than a few thousand characters, and a table rarely has more than a few dozen columns. The Markdown parser takes time that grows with the square of a table row's cells, and memory with the e-mail addresses on a line, so a line longer than 20,000 bytes, or with more than 500 '|' that are not escaped as '\\|', is left out and reported instead of parsed: no file can stall the lint in CI. Nothing on the line is checked for blame or terminology (the customer profile still looks for leaks there), so read it yourself, break it into paragraphs, or raise the limits with RETRO_MAX_LINT_LINE_BYTES and RETRO_MAX_LINT_TABLE_CELLS.
            """,
        triggering: ["↓" + String(repeating: "| x ", count: 501) + "|"],
        nonTriggering: ["| Time | What happened |"])

    /// Descriptions of every rule: phrase and structure rules, the incident-file checks, then the
    /// `customer` profile's rules.
    public static var all: [RuleDescription] {
        let rules = phraseRules.map(\.description) + documentRules.map(\.description) + leakRules.map(\.description)
        return rules.filter { $0.category != .customer } + IncidentCheckRules.all + rules.filter { $0.category == .customer } + [suppression, nesting, tooLarge]
    }

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}

extension RuleCatalog {
    /// "did you mean 'blame.judgment'?" for a mistyped rule id.
    public static func hint(for id: String) -> String {
        EditDistance.hint(for: id, among: all.map(\.id))
    }
}

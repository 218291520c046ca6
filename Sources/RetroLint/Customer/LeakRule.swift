import RetroModel

/// A `customer` rule that reports spans the sensitive-content scanner finds.
///
/// Unlike phrase rules, leak rules read the whole source text: code blocks, inline code and
/// link targets leak as much as prose does. Only `retro-lint` directives and the
/// `retro:generated` marker comment are left out.
protocol LeakRule: Sendable {
    var description: RuleDescription { get }
    /// The kinds of span this rule reports.
    var kinds: Set<SensitiveKind> { get }
}

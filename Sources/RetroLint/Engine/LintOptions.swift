/// Settings a caller chooses per run, on top of the configuration file.
public struct LintOptions: Sendable, Equatable {
    /// Overrides the configuration's `structure` (`retro build` asks for `.retrospective`).
    public var structure: LintConfig.Structure?
    /// `.customer` adds the leak rules, minimising language and missing content (category `customer`).
    public var profile: LintProfile
    /// What the customer rules know about the incident: names, internal hosts, figures.
    /// Without it they still find `@handles`, e-mails, secrets, permalinks, generic internal hosts and ticket keys.
    public var customer: CustomerContext?
    /// Lines longer or wider than these are not parsed, and are reported as `lint.too-large`.
    public var limits: LintLimits

    public init(structure: LintConfig.Structure? = nil, profile: LintProfile = .internal, customer: CustomerContext? = nil, limits: LintLimits = .current) {
        self.structure = structure
        self.profile = profile
        self.customer = customer
        self.limits = limits
    }
}

/// Who the linted text is for.
public enum LintProfile: String, Sendable, CaseIterable {
    /// Retrospectives read inside the organisation: blame, terminology and structure rules.
    case `internal`
    /// Text a customer reads: also every rule of category `customer`.
    case customer
}

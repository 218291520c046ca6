import RetroModel

/// The user's lint configuration (`.retro-lint.yml`), with the defaults filled in.
public struct LintConfig: Sendable, Equatable {
    /// Per-rule settings; absent fields keep the rule's defaults.
    public struct RuleSettings: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Diagnostic.Severity?
        /// Phrases added to the rule's `terms` list.
        public var addTerms: [String] = []
        /// Replaces the rule's `terms` list entirely.
        public var overrideTerms: [String]?
        /// Phrases that never trigger the rule.
        public var allowTerms: [String] = []

        public init() {}
    }

    /// How findings in blockquotes (pasted chat, quotations) are treated.
    public enum Blockquotes: String, Sendable, CaseIterable {
        /// One severity level lower.
        case downgrade
        /// Like any other prose (the default: blame quoted in a retrospective is still blame a reviewer must see).
        case same
        /// Not linted.
        case skip
    }

    /// Which structure checks run.
    public enum Structure: String, Sendable, CaseIterable {
        case off
        /// The seven sections of a retrospective, follow-up owners, contributing-factor breadth.
        case retrospective
    }

    public var rules: [String: RuleSettings] = [:]
    /// Names always read as people (as subjects of counterfactuals and punitive phrases).
    public var people: [String] = []
    /// Extra role words (for example your team names).
    public var roles: [String] = []
    /// Phrases that never trigger any rule.
    public var allow: [String] = []
    public var blockquotes: Blockquotes = .same
    /// Internal domains, host patterns and names for the customer profile, added to the incident's.
    public var internalNames = InternalNames()
    public var structure: Structure = .off
    /// Section key → heading names that stand for it (structure checks).
    public var sections: [String: [String]] = LintConfig.defaultSections
    /// Where this configuration came from (`nil` for the defaults).
    public var path: String?

    public init() {}

    /// The seven sections of a retrospective and the headings accepted for each, in order.
    public static let sectionKeys = [
        "stakeholder_message", "monitoring_context", "timeline", "contributing_factors", "technical_analysis",
        "follow_ups", "narrative",
    ]

    public static let defaultSections: [String: [String]] = [
        "stakeholder_message": ["Stakeholder message", "Message to stakeholders", "Customer summary"],
        "monitoring_context": ["Monitoring context", "Monitoring"],
        "timeline": ["Timeline", "Communication timeline"],
        "contributing_factors": ["Contributing factors"],
        "technical_analysis": ["Technical analysis"],
        "follow_ups": ["Follow-ups", "Follow-up actions", "Follow ups", "Action items"],
        "narrative": ["Narrative"],
    ]

    /// The effective settings of rule `description`.
    func isEnabled(_ description: RuleDescription) -> Bool {
        if let enabled = rules[description.id]?.enabled { return enabled }
        return description.isStructural ? structure != .off : true
    }

    func severity(of description: RuleDescription) -> Diagnostic.Severity {
        rules[description.id]?.severity ?? description.severity
    }
}

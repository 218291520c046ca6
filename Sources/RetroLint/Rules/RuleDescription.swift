import RetroModel

/// Everything a reader and the tests need to know about a rule; `retro explain` prints it.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    public var category: Diagnostic.Category
    public var severity: Diagnostic.Severity
    /// One sentence: why the phrasing is a problem and what to write instead (the diagnostic's message).
    public var message: String
    /// The longer explanation `retro explain` prints.
    public var rationale: String
    /// A short systemic rewrite offered with each finding.
    public var rewrite: String?
    /// Texts that must produce a finding at each `↓` marker (and nowhere else).
    public var triggering: [String]
    /// Texts that must produce no finding.
    public var nonTriggering: [String]
    /// False for rules that leave headings alone ("## Root cause" is a template heading).
    public var lintsHeadings: Bool
    /// Structure rules run only when structure checks are on.
    public var isStructural: Bool
    /// Checked by `retro build` on the incident file and its sources, not on Markdown; the
    /// examples are incident-file snippets.
    public var checksIncidentFile: Bool

    public init(
        id: String, name: String, category: Diagnostic.Category, severity: Diagnostic.Severity,
        message: String, rationale: String, rewrite: String? = nil, triggering: [String], nonTriggering: [String],
        lintsHeadings: Bool = true, isStructural: Bool = false, checksIncidentFile: Bool = false
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.severity = severity
        self.message = message
        self.rationale = rationale
        self.rewrite = rewrite
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.lintsHeadings = lintsHeadings
        self.isStructural = isStructural
        self.checksIncidentFile = checksIncidentFile
    }

    /// The marker that shows where a finding lands in a triggering example.
    public static let marker: Character = "↓"
}

import RetroModel

/// A rule that reads prose: the engine finds one of its phrases, the rule decides whether it
/// is a finding there (who the subject is, what follows).
protocol PhraseRule: Sendable {
    var description: RuleDescription { get }
    /// Names of the pack lists whose phrases anchor the rule (`terms` is the one users extend).
    var anchorLists: [String] { get }
    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding?
}

extension PhraseRule {
    var anchorLists: [String] { ["terms"] }
}

/// A rule over the whole document's outline (structure checks).
protocol DocumentRule: Sendable {
    var description: RuleDescription { get }
    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding]
}

/// Where a phrase was found: tokens `start..<end` of the run, from list `list`.
struct PhraseHit {
    var start: Int
    var end: Int
    var list: String
    var phrase: String
}

/// A rule's verdict: the tokens to report (default: the hit) and an optional rewrite.
struct Finding {
    var start: Int
    var end: Int
    var suggestion: String?
    var message: String?
    /// Replaces the rule's severity for this finding (a minimising word with no figures to contradict it).
    var severity: Diagnostic.Severity?

    init(_ hit: PhraseHit, suggestion: String? = nil, message: String? = nil, severity: Diagnostic.Severity? = nil) {
        self.init(start: hit.start, end: hit.end, suggestion: suggestion, message: message, severity: severity)
    }

    init(start: Int, end: Int, suggestion: String? = nil, message: String? = nil, severity: Diagnostic.Severity? = nil) {
        self.start = start
        self.end = end
        self.suggestion = suggestion
        self.message = message
        self.severity = severity
    }
}

/// A structure finding at a source line (column 1 when no better place is known).
struct DocumentFinding {
    var line: Int
    var column: Int = 1
    var match: String
    var message: String
}

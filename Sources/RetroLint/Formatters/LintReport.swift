import RetroModel

/// The result of linting a set of files: what every formatter prints.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: Int

    public init(diagnostics: [Diagnostic], files: Int) {
        self.diagnostics = diagnostics
        self.files = files
    }

    public func count(_ severity: Diagnostic.Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }
}

/// One output format of `retro lint`.
public protocol LintFormatter {
    func format(_ report: LintReport) -> String
}

/// The output formats by name (`--format`).
public enum LintFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, rdjson

    /// `version` is retro's, for the formats that report it (SARIF's `tool.driver.version`).
    public func formatter(colour: Bool = false, version: String? = nil) -> any LintFormatter {
        switch self {
        case .text: TextFormatter(colour: colour)
        case .json: JSONFormatter()
        case .sarif: SARIFFormatter(version: version)
        case .github: GitHubFormatter()
        case .rdjson: RDJSONFormatter()
        }
    }
}

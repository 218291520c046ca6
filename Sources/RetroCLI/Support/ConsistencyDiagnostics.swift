import RetroAssemble
import RetroIngest
import RetroModel

/// Consistency findings as structure diagnostics, placed in the incident file.
enum ConsistencyDiagnostics {
    /// The finding at its key or item in the incident file (line 1 when the file does not hold it).
    static func diagnostic(_ finding: ConsistencyFinding, loaded: IncidentFile.Loaded) -> Diagnostic {
        let at = loaded.positions.location(finding.jsonPath, file: loaded.path)
        let line = at.line ?? 1, column = at.column ?? 1
        return Diagnostic(
            path: loaded.path, line: line, column: column, endLine: line, endColumn: column, rule: finding.rule.id,
            category: .structure, severity: finding.rule.severity, message: finding.message, match: finding.jsonPath)
    }
}

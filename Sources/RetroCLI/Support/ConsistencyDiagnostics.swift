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

    /// "path:line:col: the evidence '…' of factor 'CF1' matches …" for each entry that cites nothing found.
    static func unresolvedEvidence(_ retro: Retrospective, loaded: IncidentFile.Loaded) -> [String] {
        var warnings: [String] = []
        for (i, factor) in retro.incident.contributingFactors.enumerated() {
            for (j, item) in (retro.factors.evidence[factor.id] ?? []).enumerated() where item.target == .unresolved {
                let at = loaded.positions.location("$.contributing_factors[\(i)].evidence[\(j)]", file: loaded.path)
                warnings.append("\(at): the evidence '\(item.text)' of factor '\(factor.id)' matches no timeline event and no monitoring panel, so it is shown as plain text (cite a panel's title, an event's time as HH:MM, or words from the event's text)")
            }
        }
        return warnings
    }

    /// "path:line:col: …: the exclusion … names no derived timeline event …" for each `exclude:`
    /// entry and hand-written `source` that does nothing, at the entry in the incident file.
    static func unmatchedReferences(_ unmatched: [UnmatchedReference], incident: Incident, loaded: IncidentFile.Loaded) -> [String] {
        unmatched.compactMap { miss in
            switch miss.entry {
            case .exclusion(let i):
                guard incident.exclusions.indices.contains(i) else { return nil }
                let exclusion = incident.exclusions[i]
                if let source = exclusion.source {
                    let at = loaded.positions.location("$.exclude[\(i)].source", file: loaded.path)
                    return "\(at): the exclusion 'source: \(source.label)' names no derived timeline event, so it drops nothing: \(miss.tried)"
                }
                let at = loaded.positions.location("$.exclude[\(i)].text", file: loaded.path)
                return "\(at): the exclusion 'text: \(exclusion.text ?? "")' matches no derived timeline event, so it drops nothing: \(miss.tried)"
            case .override(let i):
                guard incident.timeline.indices.contains(i) else { return nil }
                let event = incident.timeline[i]
                let at = loaded.positions.location("$.timeline[\(i)].source", file: loaded.path)
                let reference = event.sources.first?.label ?? ""
                return "\(at): the hand-written event's 'source: \(reference)' names no derived timeline event, so the event is added as a new one instead of replacing one: \(miss.tried)"
            }
        }
    }
}

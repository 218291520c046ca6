import Foundation

/// The seven sections of a retrospective, present and not empty.
struct SectionsRule: DocumentRule {
    let description = RuleDescription(
        id: "structure.sections", name: "Seven sections", category: .structure, severity: .warning,
        message: "A retrospective has seven sections: stakeholder message, monitoring context, timeline, contributing factors, technical analysis, follow-ups and narrative.",
        rationale: """
            Each section serves a reader: stakeholders need the impact and the plan, engineers the technical analysis, later readers the narrative. A missing or empty section usually means a question nobody asked. Heading names are configurable under `sections:` in `.retro-lint.yml`. Structure rules run only with `structure: retrospective` in the configuration (and in `retro build`).
            """,
        triggering: [
            "↓# Incident 42\n\nThe cache was cold.",
            "## Stakeholder message\n\nCheckout failed for 18% of EU card payments.\n\n## Monitoring context\n\nError ratio 0.4% before, 18% during.\n\n↓## Timeline\n\n## Contributing factors\n\n- Pool size\n- Review process\n\n## Technical analysis\n\nThe pool queued requests.\n\n## Follow-ups\n\n- Alert on saturation.\n\n## Narrative\n\nOn Friday the pool filled up.",
        ],
        nonTriggering: [
            "## Stakeholder message\n\nCheckout failed.\n\n## Monitoring context\n\nError ratio rose.\n\n## Timeline\n\n- 09:02 started\n\n## Contributing factors\n\n- Pool size\n\n## Technical analysis\n\nThe pool queued.\n\n## Follow-ups\n\n- Alert.\n\n## Narrative\n\nOn Friday the pool filled up.",
        ],
        isStructural: true)

    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding] {
        var findings: [DocumentFinding] = []
        var missing: [String] = []
        for (_, names) in context.sections {
            guard let section = outline.section(named: names) else {
                missing.append(names.first ?? "")
                continue
            }
            if section.isBlank {
                findings.append(DocumentFinding(line: section.line, column: section.column, match: section.title,
                    message: "The '\(section.title)' section is empty; write what is known, or say why it does not apply."))
            }
        }
        if !missing.isEmpty {
            let anchor = outline.sections.first
            findings.append(DocumentFinding(line: anchor?.line ?? 1, column: anchor?.column ?? 1, match: anchor?.title ?? "",
                message: "The retrospective has no " + missing.map { "'\($0)'" }.joined(separator: ", ") + " section; add a heading for each (names are configurable under 'sections:')."))
        }
        return findings
    }
}

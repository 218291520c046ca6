import Foundation
import RetroMarkdown

/// Every follow-up names an owner and a due date.
struct FollowUpOwnerRule: DocumentRule {
    let description = RuleDescription(
        id: "structure.follow-up-owner", name: "Follow-up owner and due date", category: .structure, severity: .warning,
        message: "A follow-up without an owner (a team or role) and a due date tends not to happen; add both.",
        rationale: """
            Follow-ups are how a retrospective changes the system. Each needs an owner, a team or a role rather than a person to blame, and a due date, so that progress can be tracked. In a table, use 'Owner' and 'Due' columns; in a list, write 'owner: …' and a date (YYYY-MM-DD) in each item. On 'retro build', open and in-progress follow-ups are checked in the incident file instead, and the finding points at the follow-up there.
            """,
        triggering: [
            "## Follow-ups\n\n↓- Alert on pool saturation.\n- Add a load test, owner: Payments SRE, due 2026-04-15",
            "## Follow-ups\n\n| ID | Owner | Due |\n|---|---|---|\n↓| FU1 | — | 2026-04-15 |",
        ],
        nonTriggering: [
            "## Follow-ups\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert on saturation | Payments SRE | 2026-04-15 |",
            "## Follow-ups\n\n- Alert on pool saturation (owner: Payments SRE, due 2026-04-15)",
            "## Follow-ups\n\n| ID | Owner | Due |\n|---|---|---|\n| FU1 | Payments SRE | 2026-04-15 |\n\n**FU1. Alert on saturation**\n- Why this action: the pool filled unseen.",
        ],
        isStructural: true)

    func check(_ outline: Outline, context: RuleContext) -> [DocumentFinding] {
        let names = context.sections.first { $0.key == "follow_ups" }?.names ?? []
        guard let section = outline.section(named: names) else { return [] }
        var findings: [DocumentFinding] = []
        // When the follow-ups are a table, lists in the section hold details of those rows, not more follow-ups.
        let hasTable = section.blocks.contains { $0.type == "table" }
        for block in section.blocks {
            if block.type == "list", !hasTable {
                for item in block.children {
                    let text = item.plainText.lowercased()
                    if !text.contains("owner") || !Self.hasDate(text) {
                        findings.append(DocumentFinding(line: item.startLine, column: max(item.startColumn, 1),
                            match: String(item.plainText.prefix(60)), message: description.message))
                    }
                }
            } else if block.type == "table" {
                findings += checkTable(block)
            }
        }
        return findings
    }

    private func checkTable(_ table: MarkdownNode) -> [DocumentFinding] {
        guard let header = table.children.first else { return [] }
        let titles = header.children.map { $0.plainText.lowercased() }
        let owner = titles.firstIndex { $0.contains("owner") }
        let due = titles.firstIndex { $0.contains("due") || $0.contains("date") }
        guard let owner, let due else {
            return [DocumentFinding(line: table.startLine, column: max(table.startColumn, 1), match: header.plainText,
                message: "The follow-up table has no 'Owner' or no 'Due' column; add both.")]
        }
        return table.children.dropFirst().compactMap { row in
            let cells = row.children.map { $0.plainText.trimmingCharacters(in: .whitespaces) }
            let blank: Set<String> = ["", "—", "-", "–", "n/a", "tbd"]
            guard cells.indices.contains(owner), cells.indices.contains(due), !blank.contains(cells[owner].lowercased()), !blank.contains(cells[due].lowercased()) else {
                return DocumentFinding(line: row.startLine, column: max(row.startColumn, 1), match: row.plainText, message: description.message)
            }
            return nil
        }
    }

    /// A date like 2026-04-15 or the word "due" followed by something.
    static func hasDate(_ text: String) -> Bool {
        text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil
    }
}

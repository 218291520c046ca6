import Foundation
import RetroMarkdown

/// A document as its headings and what sits under each, for the structure rules.
struct Outline {
    struct Section {
        var title: String
        var level: Int
        var line: Int
        var column: Int
        /// The blocks up to the next heading of the same or a higher level.
        var blocks: [MarkdownNode]

        /// All prose under the heading, lowercased.
        var text: String { blocks.map(\.plainText).joined(separator: " ").lowercased() }

        /// Same as `text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`, but stops at the
        /// first block with text instead of joining a whole (possibly huge) section.
        var isBlank: Bool {
            blocks.allSatisfy { $0.plainText.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) }
        }
    }

    var sections: [Section] = []
    /// All prose of the document, lowercased.
    var text: String

    init(_ document: MarkdownNode) {
        text = document.children.map(\.plainText).joined(separator: " ").lowercased()
        var open: [Int] = []
        for block in document.children {
            if block.type == "heading" {
                open.removeAll { sections[$0].level >= block.headingLevel }
                sections.append(Section(title: block.plainText, level: block.headingLevel, line: block.startLine,
                    column: max(block.startColumn, 1), blocks: []))
                open.append(sections.count - 1)
            } else {
                for index in open { sections[index].blocks.append(block) }
            }
        }
    }

    /// The first section whose heading is one of `names` (case-insensitive; a trailing colon,
    /// numbering like "4." and text after a dash or colon are ignored).
    func section(named names: [String]) -> Section? {
        let wanted = names.map { $0.lowercased() }
        return sections.first { section in
            let title = Self.normalized(section.title)
            return wanted.contains { title == $0 || title.hasPrefix($0 + ":") || title.hasPrefix($0 + " -") || title.hasPrefix($0 + " (") }
        }
    }

    static func normalized(_ title: String) -> String {
        var text = title.lowercased().trimmingCharacters(in: .whitespaces)
        while let first = text.first, first.isNumber || first == "." || first == " " { text.removeFirst() }
        if text.hasSuffix(":") { text.removeLast() }
        return text
    }
}

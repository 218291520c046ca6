import Foundation
import RetroModel

/// The `<!-- retro-lint … -->` comments of one file, and the problems found in them.
///
/// Grammar: `retro-lint disable|enable|disable-line|disable-next-line|disable-file [RULE[,RULE …]] [-- reason]`.
/// A RULE is a rule id or a category (`blame`, `terminology`, …); none means every rule.
struct Suppressions {
    private(set) var problems: [DocumentFinding] = []
    private var fileRules: RuleSelection?
    /// Lines `lines` are silent for `rules`.
    private var regions: [(rules: RuleSelection, lines: ClosedRange<Int>)] = []

    static let commands = ["disable", "enable", "disable-line", "disable-next-line", "disable-file", "quoted-speech", "end-quoted-speech"]

    init(fragments: [(line: Int, endLine: Int, text: String)], source: SourceText, knownRules: [String]) {
        var open: [(rules: RuleSelection, line: Int, column: Int, text: String)] = []
        let known = Set(knownRules).union(Diagnostic.Category.allCases.map(\.rawValue))
        for fragment in fragments {
            for comment in Self.comments(in: fragment.text) {
                guard let directive = Directive(comment) else { continue }
                let column = Self.column(of: "<!--", line: fragment.line, source: source)
                let line = fragment.line
                let shown = "<!-- \(comment.trimmingCharacters(in: .whitespacesAndNewlines)) -->"
                guard Self.commands.contains(directive.command) else {
                    problems.append(DocumentFinding(line: line, column: column, match: shown,
                        message: "Unknown retro-lint command '\(directive.command)'; \(EditDistance.hint(for: directive.command, among: Self.commands))"))
                    continue
                }
                for id in directive.rules where !known.contains(id) {
                    problems.append(DocumentFinding(line: line, column: column, match: shown,
                        message: "Unknown rule '\(id)' in a retro-lint comment; \(EditDistance.hint(for: id, among: knownRules)) Run 'retro rules' for the list."))
                }
                let selection = RuleSelection(directive.rules.filter(known.contains), all: directive.rules.isEmpty)
                switch directive.command {
                case "disable": open.append((selection, line, column, shown))
                case "enable": closeRegions(&open, selection: selection, at: line)
                case "disable-line": regions.append((selection, line...line))
                case "disable-next-line": regions.append((selection, (fragment.endLine + 1)...(fragment.endLine + 1)))
                // Markers `retro build` puts around the chat it quotes; they suppress nothing here.
                case "quoted-speech", "end-quoted-speech": continue
                default: fileRules = (fileRules ?? RuleSelection([], all: false)).union(selection)
                }
            }
        }
        for region in open {
            regions.append((region.rules, region.line...Int.max))
            problems.append(DocumentFinding(line: region.line, column: region.column, match: region.text,
                message: "This retro-lint disable is never enabled again, so it silences the rest of the file; add '<!-- retro-lint enable -->' after the passage or use 'disable-file'."))
        }
    }

    private mutating func closeRegions(_ open: inout [(rules: RuleSelection, line: Int, column: Int, text: String)], selection: RuleSelection, at line: Int) {
        var remaining: [(rules: RuleSelection, line: Int, column: Int, text: String)] = []
        for region in open {
            if selection.all || region.rules.ids.isSubset(of: selection.ids) && !region.rules.all {
                regions.append((region.rules, region.line...line))
            } else {
                remaining.append(region)
            }
        }
        open = remaining
    }

    func suppresses(_ diagnostic: Diagnostic) -> Bool {
        if let fileRules, fileRules.contains(diagnostic) { return true }
        return regions.contains { $0.lines.contains(diagnostic.line) && $0.rules.contains(diagnostic) }
    }

    /// The text between `<!--` and `-->` of each comment in `html`.
    static func comments(in html: String) -> [Substring] {
        var result: [Substring] = []
        var rest = html[...]
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->") else { break }
            result.append(rest[open.upperBound..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        return result
    }

    private static func column(of needle: String, line: Int, source: SourceText) -> Int {
        let text = String(decoding: source.line(line), as: UTF8.self)
        guard let range = text.range(of: needle) else { return 1 }
        return text.unicodeScalars[..<range.lowerBound].count + 1
    }
}

/// The parsed words of one `retro-lint` comment.
private struct Directive {
    var command: String
    var rules: [String]

    init?(_ comment: Substring) {
        let body = comment.components(separatedBy: " -- ").first ?? String(comment)
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }).map(String.init)
        guard words.first == "retro-lint" else { return nil }
        command = words.count > 1 ? words[1] : ""
        rules = words.dropFirst(2).filter { $0 != "--" }
        if let stop = rules.firstIndex(where: { $0.hasPrefix("--") }) { rules = Array(rules[..<stop]) }
    }
}

/// Rule ids and categories named by a directive, or all rules.
struct RuleSelection {
    var ids: Set<String>
    var all: Bool

    init(_ ids: [String], all: Bool) {
        self.ids = Set(ids)
        self.all = all
    }

    func contains(_ diagnostic: Diagnostic) -> Bool {
        all || ids.contains(diagnostic.rule) || ids.contains(diagnostic.category.rawValue)
    }

    func union(_ other: RuleSelection) -> RuleSelection {
        var result = self
        result.ids.formUnion(other.ids)
        result.all = all || other.all
        return result
    }
}

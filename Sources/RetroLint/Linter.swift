import RetroMarkdown
import RetroModel

/// The blameless lint over Markdown documents: a pure function from text to diagnostics.
///
/// Build one `Linter` per configuration and call `lint` for each file; the rules' phrase lists
/// are compiled once.
public struct Linter: Sendable {
    public let config: LintConfig
    public let options: LintOptions
    let rules: CompiledRules
    /// Threads that lint the pieces of a large file; the findings do not depend on it.
    var workers = ParallelMap.defaultWorkers
    /// The smallest piece a large file is cut into (smaller in tests, for many pieces).
    var pieceBytes = 1 << 20

    public init(config: LintConfig = LintConfig(), options: LintOptions = LintOptions()) {
        self.config = config
        self.options = options
        self.rules = CompiledRules(config: config, options: options)
    }

    /// Lints `text` (the contents of `path`) and returns findings sorted by position.
    public static func lint(_ text: String, path: String, config: LintConfig = LintConfig(), options: LintOptions = LintOptions()) -> [Diagnostic] {
        Linter(config: config, options: options).lint(text, path: path)
    }

    public func lint(_ text: String, path: String) -> [Diagnostic] {
        let input = LintInputGuard(text, limits: options.limits)
        let source = SourceText(input.text)
        let markdown = FrontMatter.blanked(input.parsed)
        let builder = DiagnosticBuilder(path: path, source: source)
        var diagnostics = input.findings.map { builder.make($0, rule: RuleCatalog.tooLarge, severity: config.severity(of: RuleCatalog.tooLarge)) }
        // Structure rules need the whole outline; prose rules stream block by block.
        let keepBlocks = !rules.documentRules.isEmpty
        // A large file is parsed a piece at a time, so that only a piece's cmark tree (one per
        // worker) is in memory; the pieces' findings are joined in the order of the pieces.
        let pieces = PieceLinter(linter: self, source: source, builder: builder, keepBlocks: keepBlocks)
            .lint(MarkdownChunks.splitCarryingDefinitions(markdown, minimumBytes: pieceBytes), workers: workers)
        var blocks: [MarkdownNode] = []
        var htmlFragments: [(line: Int, endLine: Int, text: String)] = []
        for piece in pieces {
            diagnostics += piece.diagnostics
            blocks += piece.blocks
            htmlFragments += piece.htmlFragments
        }
        if let scanner = rules.scanner {
            diagnostics += LeakScan(rules: rules.leakRules, scanner: scanner).diagnostics(in: input.text, builder: builder)
        }
        if keepBlocks {
            let outline = Outline(MarkdownNode(type: "document", children: blocks))
            for (rule, severity) in rules.documentRules {
                for finding in rule.check(outline, context: rules.context) {
                    diagnostics.append(builder.make(finding, rule: rule.description, severity: severity))
                }
            }
        }
        let suppressions = Suppressions(fragments: htmlFragments, source: source, knownRules: RuleCatalog.all.map(\.id))
        diagnostics = diagnostics.filter { !suppressions.suppresses($0) }.map(suppressions.marked)
        diagnostics += suppressions.problems.map { builder.make($0, rule: RuleCatalog.suppression, severity: RuleCatalog.suppression.severity) }
        return diagnostics.sorted { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
    }

    /// The findings, the blocks kept for the structure rules and the HTML fragments of one piece,
    /// read as if `section` were the heading it starts under.
    func lint(piece: MarkdownChunks.Piece, section: String?, source: SourceText, builder: DiagnosticBuilder, keepBlocks: Bool) -> PieceResult {
        let found = DiagnosticList()
        let skipQuotes = config.blockquotes == .skip
        var extractor = ProseExtractor(source: source, section: section) { run in
            if !(skipQuotes && run.scope == .quote) { found.items += check(run, builder) }
        }
        var blocks: [MarkdownNode] = []
        CMark.withBlockViews(piece.text, lineOffset: piece.lineOffset, lineLimit: piece.lineCount) { block in
            // Reported and left unwalked: the extractor and the outline recurse per level.
            guard block.nestingDepth(limit: CMark.maximumNesting) <= CMark.maximumNesting else {
                let rule = RuleCatalog.nesting
                let finding = DocumentFinding(line: max(block.startLine, 1), column: max(block.startColumn, 1), match: "", message: rule.message)
                found.items.append(builder.make(finding, rule: rule, severity: config.severity(of: rule)))
                return
            }
            extractor.extract(block)
            if keepBlocks { blocks.append(block.copy()) }
        }
        return PieceResult(
            diagnostics: found.items, blocks: blocks, htmlFragments: extractor.htmlFragments,
            lastHeading: extractor.headingSeen ? extractor.section : nil, usedStartSection: extractor.usedStartSection)
    }

    private func check(_ run: ProseRun, _ builder: DiagnosticBuilder) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // Per rule, the end of its last finding, so overlapping phrases report once.
        var reachedUntil = [Int](repeating: 0, count: rules.phraseRules.count)
        let tokens = run.tokens
        for index in tokens.indices {
            // A bit table of first words keeps the dictionary out of the loop for most words.
            let hash = tokens[index].hash
            guard rules.firstWordBits[Int(hash & CompiledRules.bitMask) >> 6] & (1 << (hash & 63)) != 0,
                let anchors = rules.index[hash]
            else { continue }
            for anchor in anchors where index >= reachedUntil[anchor.rule] {
                guard index + anchor.phrase.count <= tokens.count,
                    anchor.phrase.indices.allSatisfy({ tokens[index + $0].hash == anchor.phrase[$0] })
                else { continue }
                let rule = rules.phraseRules[anchor.rule]
                if run.scope == .heading && !rule.description.lintsHeadings { continue }
                let hit = PhraseHit(start: index, end: index + anchor.phrase.count, list: anchor.list, phrase: anchor.text)
                guard let finding = rule.check(hit, in: run, context: rules.context),
                    !isAllowed(finding, in: run, rule: anchor.rule)
                else { continue }
                reachedUntil[anchor.rule] = finding.end
                var severity = finding.severity ?? rules.severities[anchor.rule]
                if run.scope == .quote && config.blockquotes == .downgrade { severity = severity.lowered }
                result.append(builder.make(finding, in: run, rule: rule.description, severity: severity))
            }
        }
        return result
    }

    /// True when an allowed phrase covers the finding. A phrase shorter than the finding cannot
    /// cover it, so it is passed over (it used to make the range below empty-reversed and trap).
    private func isAllowed(_ finding: Finding, in run: ProseRun, rule: Int) -> Bool {
        for phrase in rules.allowed[rule] where !phrase.isEmpty && phrase.count >= finding.end - finding.start {
            let earliest = max(0, finding.end - phrase.count)
            for start in earliest...finding.start where start + phrase.count >= finding.end {
                if rules.context.matches([phrase], in: run, at: start) { return true }
            }
        }
        return false
    }
}

/// Collects diagnostics from the extractor's callback.
private final class DiagnosticList {
    var items: [Diagnostic] = []
}

extension Diagnostic.Severity {
    /// One level lower; suggestions stay suggestions.
    var lowered: Diagnostic.Severity {
        switch self {
        case .error: .warning
        case .warning, .suggestion: .suggestion
        }
    }
}

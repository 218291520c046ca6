import Foundation
import RetroModel
import Testing

@testable import RetroLint

/// Input that used to stall the lint or throw its positions off: huge lines, wide table rows, NUL bytes.
@Suite struct InputGuardTests {
    static func lint(_ text: String, limits: LintLimits = LintLimits()) -> [Diagnostic] {
        Linter.lint(text, path: "doc.md", options: LintOptions(limits: limits))
    }

    @Test func aLineLongerThanTheLimitIsReportedAndTheRestStillChecked() {
        let long = String(repeating: "Sam should have caught it. ", count: 40_000)  // about 1 MB
        let started = Date()
        let found = Self.lint("# Review\n\n" + long + "\n\nThe on-call engineer failed to notice.\n")
        #expect(Date().timeIntervalSince(started) < 10, "took \(Date().timeIntervalSince(started)) s")
        let tooLarge = found.filter { $0.rule == "lint.too-large" }
        #expect(tooLarge.count == 1)
        #expect(tooLarge.first.map { ($0.line, $0.column, $0.severity) } ?? (0, 0, .suggestion) == (3, 1, .warning))
        #expect(tooLarge.first?.message.contains("1080000 bytes long, more than the lint reads (20000)") == true, "\(tooLarge)")
        #expect(found.contains { $0.rule == "blame.counterfactual" && $0.line == 5 && $0.column == 22 }, "\(found.map(\.rule))")
        #expect(!found.contains { $0.line == 3 && $0.rule != "lint.too-large" })
    }

    @Test func aTableRowWithTooManyCellsIsNotParsed() {
        let row = String(repeating: "|", count: 10_000)
        let started = Date()
        let found = Self.lint("# Review\n\n| a | b |\n|---|---|\n\(row)\n")
        #expect(Date().timeIntervalSince(started) < 5, "took \(Date().timeIntervalSince(started)) s")
        #expect(found.map(\.rule) == ["lint.too-large"])
        #expect(found.first?.line == 5)
        #expect(found.first?.message.contains("10000 '|' (table cells)") == true)
    }

    /// retro writes a chat message's `|` as `\|` in a table cell; those divide no cells.
    @Test func escapedPipesAreNotCells() {
        let cell = String(repeating: "\\|", count: 6_000)
        let found = Self.lint("# Review\n\n| a | b |\n|---|---|\n| Sam should have caught it \(cell) | y |\n")
        #expect(found.map(\.rule) == ["blame.counterfactual"], "\(found.map(\.rule))")
    }

    @Test func aWideButOrdinaryTableIsChecked() {
        let header = "|" + Array(repeating: " a ", count: 60).joined(separator: "|") + "|"
        let rule = "|" + Array(repeating: "---", count: 60).joined(separator: "|") + "|"
        #expect(Self.lint("# Review\n\n\(header)\n\(rule)\n").isEmpty)
    }

    @Test func manyOversizedLinesAreCountedNotListed() {
        let line = String(repeating: "| x ", count: 600)
        let found = Self.lint(Array(repeating: line, count: 25).joined(separator: "\n\n") + "\n")
        #expect(found.count == LintInputGuard.reportedLines + 1)
        #expect(found.allSatisfy { $0.rule == "lint.too-large" })
        #expect(found.last?.line == 41, "the 21st oversized line")
        #expect(found.last?.message.contains("This line and 4 more past it") == true, "\(found.last?.message ?? "")")
    }

    /// cmark turns NUL into a three-byte U+FFFD, so findings after one on its line landed at column 1.
    @Test(arguments: [
        ("# Review\n\nSam\u{0} should have caught it.\n", 3, 6),
        ("# Review\n\nThe on-call engineer failed to notice.\u{0}\n", 3, 22),
        ("# R\u{0}eview\n\n\u{0}\u{0}Sam should have caught it.\n", 3, 7),
    ])
    func findingsAfterANULKeepTheirColumn(text: String, line: Int, column: Int) throws {
        let finding = try #require(Self.lint(text).first { $0.category == .blame })
        #expect((finding.line, finding.column) == (line, column))
        #expect(finding.match == "should have caught" || finding.match == "failed to")
    }

    /// With the limit raised, many findings on one long line (ASCII or not) get exact columns, quickly.
    @Test(arguments: ["Sam should have caught it. ", "Sam should have caught it — é 👩‍💻. "])
    func manyFindingsOnOneLongLineKeepExactColumns(sentence: String) {
        let started = Date()
        let found = Self.lint("# Review\n\n" + String(repeating: sentence, count: 8_000) + "\n", limits: LintLimits(lineBytes: 10_000_000))
            .filter { $0.rule == "blame.counterfactual" }
        #expect(Date().timeIntervalSince(started) < 20, "took \(Date().timeIntervalSince(started)) s")
        #expect(found.count == 8_000)
        let width = sentence.unicodeScalars.count
        #expect(found.enumerated().allSatisfy { $0.element.column == 5 + $0.offset * width })
    }

    @Test func limitsComeFromTheEnvironment() {
        #expect(LintLimits(environment: ["RETRO_MAX_LINT_LINE_BYTES": "1_000", "RETRO_MAX_LINT_TABLE_CELLS": "x"]) == LintLimits(lineBytes: 1_000, tableCells: 500))
    }
}

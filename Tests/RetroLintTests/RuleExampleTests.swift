import RetroModel
import Testing

@testable import RetroLint

/// Every rule's own examples: each `↓` marks a finding, and non-triggering texts give none.
@Suite struct RuleExampleTests {
    /// Rules over Markdown; the incident-file checks are tested with RetroAssemble's checker.
    static let rules = RuleCatalog.all.filter { !$0.checksIncidentFile }

    @Test(arguments: rules.map(\.id))
    func triggeringExamplesFindAtMarkers(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        #expect(!rule.triggering.isEmpty, "every rule has a triggering example")
        for example in rule.triggering {
            let (text, markers) = Self.stripMarkers(example)
            #expect(!markers.isEmpty, "example without a marker: \(example)")
            let found = Self.lint(text, only: rule).map { Position(line: $0.line, column: $0.column) }
            #expect(found == markers, "\(id): \(example)")
        }
    }

    @Test(arguments: rules.map(\.id))
    func nonTriggeringExamplesFindNothing(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        #expect(!rule.nonTriggering.isEmpty, "every rule has a non-triggering example")
        for example in rule.nonTriggering {
            let found = Self.lint(example, only: rule)
            #expect(found.isEmpty, "\(id): \(example) → \(found.map(\.match))")
        }
    }

    struct Position: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    /// Lints with only `rule` enabled (structure rules switched on when it is one; customer rules
    /// in the customer profile, against the context their examples are written for).
    static func lint(_ text: String, only rule: RuleDescription) -> [Diagnostic] {
        var config = LintConfig()
        for other in RuleCatalog.all where other.id != rule.id {
            var settings = LintConfig.RuleSettings()
            settings.enabled = false
            config.rules[other.id] = settings
        }
        config.structure = rule.isStructural ? .retrospective : .off
        let options = rule.category == .customer ? LintOptions(profile: .customer, customer: CustomerContext.examples) : LintOptions()
        return Linter.lint(text, path: "example.md", config: config, options: options)
            .filter { $0.rule == rule.id }
    }

    /// The text without `↓`, and where each marker stood (1-based line and scalar column).
    static func stripMarkers(_ example: String) -> (String, [Position]) {
        var text = ""
        var markers: [Position] = []
        var line = 1
        var column = 1
        for scalar in example.unicodeScalars {
            if Character(scalar) == RuleDescription.marker {
                markers.append(Position(line: line, column: column))
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (text, markers)
    }
}

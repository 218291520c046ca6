import RetroModel
import ArgumentParser
import Foundation
import RetroLint

extension RetroCommand {
    /// `retro rules`: the lint's rule catalogue.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the lint rules with their category and default severity.",
            discussion: "Structure rules run only with 'structure: retrospective' in .retro-lint.yml or '--structure retrospective'. Customer rules run only with 'retro lint --profile customer'. 'retro explain RULE' prints a rule's rationale and examples.")

        @Flag(help: "Print the catalogue as JSON.")
        var json = false

        func run() throws {
            let rules = RuleCatalog.all
            if json {
                let items = rules.map { rule in
                    JSONValue.object([
                        ("id", .string(rule.id)), ("name", .string(rule.name)), ("category", .string(rule.category.rawValue)),
                        ("severity", .string(rule.severity.rawValue)), ("structural", .bool(rule.isStructural)),
                        ("message", .string(rule.message)),
                    ])
                }
                Output.line(JSONValue.object([("rules", .array(items))]).serialized())
                return
            }
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let category = rule.category.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                Output.line("\(id)  \(category)  \(severity)  \(rule.name)")
            }
        }
    }
}

import Foundation
import RetroModel

/// Minimising language in customer-facing text, weighed against the incident's figures.
struct MinimizingRule: PhraseRule {
    /// An impact this long is not "brief".
    static let longImpact: Double = 30 * 60
    /// A share this large is not "a small number".
    static let largeShare = 0.05

    let anchorLists = ["duration", "share", "terms"]
    let description = RuleDescription(
        id: "customer.minimizing", name: "Minimising language", category: .customer, severity: .warning,
        message: "Minimising words make customers feel their experience is dismissed; state the duration and the share affected instead.",
        rationale: """
            "Some users may have experienced a brief hiccup" reads as hiding or downplaying the impact, the opposite of what a customer summary is for. State what customers could not do, for how long and for how many: "If you paid by card in the EU between 10:02 and 12:07 CET, your payment may have failed." The rule is a warning when the incident's figures contradict the word (impact of 30 minutes or more against "brief"; 5% or more affected against "a small number of"; either against "minor"), a suggestion when no figures are known, and silent when the figures agree. With 'retro lint --incident FILE' the figures come from the incident's window and the first percentage in its impact summary.
            """,
        rewrite: "If you paid by card in the EU between 10:02 and 12:07 CET, your payment may have failed.",
        triggering: [
            "Card payments were ↓briefly unavailable.",
            "↓A small number of customers saw errors.",
            "We apologise for the ↓minor disruption.",
        ],
        nonTriggering: [
            "Card payments failed for 18% of attempts for 2 hours and 5 minutes.",
            "A minority report was filed with the regulator.",
        ])

    func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext) -> Finding? {
        let figures = context.customer
        let duration = figures?.impactSeconds
        let share = figures?.affectedShare
        let longBy = duration.map { $0 >= Self.longImpact }
        let largeBy = share.map { $0 >= Self.largeShare }
        let contradicted: Bool?
        switch hit.list {
        case "duration": contradicted = longBy
        case "share": contradicted = largeBy
        default: contradicted = (longBy == nil && largeBy == nil) ? nil : (longBy == true || largeBy == true)
        }
        switch contradicted {
        case .some(false): return nil
        case .none: return Finding(hit, severity: .suggestion)
        case .some(true):
            var facts: [String] = []
            if let duration, hit.list != "share" { facts.append("the impact lasted \(Self.describe(seconds: duration))") }
            if let share, hit.list != "duration" { facts.append("\(Self.percent(share)) were affected") }
            return Finding(hit, message: "Minimising language, but " + facts.joined(separator: " and ") + "; state the duration and the share affected instead.")
        }
    }

    /// "2 h 5 min", "45 min": `DurationText.short`, as in the document the lint reads.
    static func describe(seconds: Double) -> String { DurationText.short(seconds) }

    static func percent(_ share: Double) -> String {
        let value = share * 100
        return value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))%" : String(format: "%.1f%%", value)
    }
}

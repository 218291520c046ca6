import Foundation
import RetroModel

/// A narrative written from the facts when the incident file has none: impact first, then how the
/// problem was noticed, what responders tried, what worked, and what was learned. It adds no fact
/// the model does not hold and names no one.
struct NarrativeWriter {
    let retro: Retrospective
    let clock: DisplayTime

    /// Paragraphs of plain text (not yet escaped for Markdown).
    func paragraphs() -> [String] {
        [normal(), disruption(), response(), outcome(), learning()].compactMap { $0 }.filter { !$0.isEmpty }
    }

    private func normal() -> String? {
        let baselines = retro.monitoring.panels.compactMap { panel -> String? in
            guard let mean = panel.analyses.first?.baselineStats.mean else { return nil }
            return "\(lowerFirst(panel.title)) averaged \(MonitoringView.number(mean, panel.unit))"
        }
        guard !baselines.isEmpty else { return nil }
        return "In the hours before the incident, " + list(Array(baselines.prefix(3))) + "."
    }

    private func disruption() -> String? {
        var text = ""
        if let start = retro.window.started {
            text += "On \(clock.longDay(start)), from \(clock.time(start)) \(clock.zoneInProse(at: start)), "
            text += retro.stakeholder.impact.map { lowerFirst($0) } ?? "the service was disrupted."
        } else if let impact = retro.stakeholder.impact {
            text += impact
        }
        if let total = retro.durations.total { text += " The incident lasted \(DisplayTime.longDuration(TimeInterval(total))) from start to resolution." }
        return text.isEmpty ? nil : text
    }

    private func response() -> String? {
        var sentences: [String] = []
        if let ttd = retro.durations.timeToDetect {
            let how = retro.timeline.events.first { $0.kind == .detection }.map { " (\(trimPeriod($0.text)))" } ?? ""
            sentences.append("It was detected \(DisplayTime.longDuration(TimeInterval(ttd))) after it began\(how).")
        }
        if let tta = retro.durations.timeToAcknowledge {
            sentences.append("A responder acknowledged it \(DisplayTime.longDuration(TimeInterval(tta))) later.")
        }
        let start = retro.window.detected ?? retro.window.started ?? .distantPast
        let tried = retro.timeline.events.filter { ($0.kind == .hypothesis || $0.kind == .action) && $0.at >= start }.prefix(4).map { lowerFirst(trimPeriod($0.text)) }
        if !tried.isEmpty {
            let steps = tried.enumerated().map { i, step in (i == 0 ? "first, " : i == tried.count - 1 && i > 0 ? "and finally, " : "then, ") + step }
            sentences.append("What the responders tried, in order: " + steps.joined(separator: "; ") + ".")
        }
        if let breakthrough = retro.timeline.events.first(where: { $0.kind == .breakthrough }) {
            sentences.append("The turning point came at \(clock.time(breakthrough.at)): \(lowerFirst(trimPeriod(breakthrough.text))).")
        }
        return sentences.joined(separator: " ")
    }

    private func outcome() -> String? {
        var sentences: [String] = []
        if let mitigation = retro.timeline.events.first(where: { $0.kind == .mitigation }), let ttm = retro.durations.timeToMitigate {
            sentences.append("Impact was mitigated at \(clock.time(mitigation.at)), \(DisplayTime.longDuration(TimeInterval(ttm))) after it began: \(lowerFirst(trimPeriod(mitigation.text))).")
        } else if let ttm = retro.durations.timeToMitigate {
            sentences.append("Impact was mitigated \(DisplayTime.longDuration(TimeInterval(ttm))) after it began.")
        }
        if let resolved = retro.window.resolved { sentences.append("The incident was resolved at \(clock.time(resolved)).") }
        if !retro.factors.wentWell.isEmpty { sentences.append("What helped: \(lowerFirst(trimPeriod(retro.factors.wentWell[0]))).") }
        return sentences.joined(separator: " ")
    }

    private func learning() -> String? {
        let factors = retro.factors.groups.flatMap(\.factors)
        guard !factors.isEmpty else { return nil }
        let categories = retro.factors.groups.map { "\($0.category.rawValue) (\($0.factors.count))" }
        var text = "The review found \(factors.count) contributing factor\(factors.count == 1 ? "" : "s") across \(list(categories)) lines"
        text += ", among them that \(lowerFirst(trimPeriod(factors[0].title)))."
        let items = retro.followUps.items
        if !items.isEmpty {
            text += " \(items.count) follow-up\(items.count == 1 ? "" : "s") address them; \(retro.followUps.progress)."
        }
        return text
    }

    private func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    private func trimPeriod(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// Lower-cases the first letter unless the first word looks like a name or acronym.
    private func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.prefix { !$0.isWhitespace }
        if word.count > 1, word.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return text }
        return first.lowercased() + text.dropFirst()
    }
}

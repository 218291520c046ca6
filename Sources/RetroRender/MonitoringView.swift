import Foundation
import RetroMarkdown
import RetroModel

/// The Mustache context of the Monitoring context section. Figures only: the text never
/// claims a cause.
struct MonitoringView {
    let retro: Retrospective
    let clock: DisplayTime

    private func e(_ text: String) -> String { MarkdownEscape.inline(text) }

    func context() -> [String: Any] {
        let m = retro.monitoring
        let panels = m.panels.enumerated().map { index, panel in self.panel(index, panel) }
        return [
            "panels": panels, "hasPanels": !panels.isEmpty, "overview": m.panels.filter { !$0.series.isEmpty }.count > 1,
            "related": m.related.map(e), "hasRelated": m.related.count > 1,
            "gaps": m.gaps.map(e), "dataGaps": Self.once(m.dataGaps.map { item in
                let what = item.gap.kind == .missingSamples ? "no samples" : "\(item.gap.sampleCount) NaN samples"
                return e("\(item.source): \(what) from \(clock.dateTime(item.gap.start)) to \(clock.time(item.gap.end)) (\(DisplayTime.duration(item.gap.duration))).")
            }), "hasGaps": !(m.gaps.isEmpty && m.dataGaps.isEmpty),
        ]
    }

    private func panel(_ index: Int, _ panel: MonitoringContext.Panel) -> [String: Any] {
        var rows: [[String: Any]] = []
        var notes: [String] = []
        var fullNames: [String] = []
        for analysis in panel.analyses.prefix(12) {
            let u = analysis.unit ?? panel.unit
            let name = analysis.label ?? analysis.series
            if let label = analysis.label { fullNames.append("\(e(label)) is \(MarkdownEscape.codeSpan(analysis.series))") }
            rows.append(["name": e(name), "when": "before", "stats": stats(analysis.baselineStats, u)])
            rows.append(["name": "", "when": "during", "stats": stats(analysis.incidentStats, u)])
            var line = "**\(e(name))**: "
            var parts: [String] = []
            if let mean = analysis.incidentStats.mean, let base = analysis.baselineStats.mean {
                var text = "averaged \(Self.number(mean, u)) during the incident against \(Self.number(base, u)) in the baseline"
                if let ratio = analysis.changeRatio { text += " (\(Self.number(ratio, nil)) times)" }
                parts.append(text)
            }
            if let band = analysis.band {
                if let at = analysis.leftBandAt, let value = analysis.leftBandValue {
                    parts.append("first left its normal band (\(Self.number(band.low, u)) to \(Self.number(band.high, u))) at \(clock.time(at)) with \(Self.number(value, u))")
                } else {
                    parts.append("stayed within its normal band (\(Self.number(band.low, u)) to \(Self.number(band.high, u)))")
                }
            }
            if let slo = analysis.slo {
                let bad = slo.direction == "below" ? "below" : "above"
                var text = "SLO \(Self.percent(slo.objective)) (bad when \(bad) \(Self.number(slo.threshold, u))): "
                if slo.breaches.isEmpty {
                    text += "not breached"
                } else {
                    text += "breached \(slo.breaches.count == 1 ? "once" : "\(slo.breaches.count) times") for \(DisplayTime.duration(slo.totalBreachSeconds)) in total"
                    if let first = slo.breaches.first { text += ", from \(clock.time(first.start))" }
                }
                if let consumed = slo.budgetConsumed {
                    let days = slo.periodDays == slo.periodDays.rounded() ? Self.grouped(slo.periodDays) : Self.number(slo.periodDays, nil)
                    text += "; the incident used \(Self.percent(consumed)) of the \(days)-day error budget"
                }
                parts.append(text)
            }
            if !parts.isEmpty {
                line += parts.joined(separator: "; ") + "."
                notes.append(line)
            }
        }
        let baseline = panel.analyses.first.map { a in
            "Baseline: \(clock.dateTime(a.baseline.start)) to \(clock.dateTime(a.baseline.end))\(panel.baselineConfigured ? ", as set in the incident file" : ", the same length just before the incident")."
        }
        var result: [String: Any] = [
            "title": e(panel.title), "path": MarkdownEscape.codeSpan(panel.path), "rows": rows, "hasRows": !rows.isEmpty, "notes": notes,
            "chart": ChartAssets.name(for: index, panel), "alt": e("Chart of \(panel.title) with the incident window shaded"),
            "hasChart": !panel.series.isEmpty, "seriesCount": panel.series.count,
        ]
        if panel.analyses.count > 12 { result["more"] = "\(panel.analyses.count - 12) more series are charted but not tabulated." }
        if !fullNames.isEmpty { result["fullNames"] = "Series: " + fullNames.joined(separator: "; ") + "." }
        if let baseline { result["baseline"] = baseline }
        return result
    }

    private func stats(_ s: SummaryStats, _ unit: String?) -> [String] {
        [s.min, s.mean, s.p50, s.p95, s.max].map { $0.map { Self.number($0, unit) } ?? "—" }
    }

    /// The same line said once: two series of a panel with the same gap make one entry.
    static func once(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0).inserted }
    }

    /// `12,345`: whole numbers with thousands separators, fixed rules, no locale.
    static func grouped(_ value: Double) -> String {
        guard abs(value) < 1e15 else { return String(format: "%.3g", value) }
        let digits = String(Int64(abs(value).rounded()))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 && digits != "0" ? "-" : "") + out
    }

    /// Three significant figures; ratios as percentages; thousands separated.
    static func number(_ value: Double, _ unit: String?) -> String {
        if unit == "ratio" { return percent(value) }
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf") }
        let magnitude = abs(value)
        let text: String
        if magnitude >= 1e15 { text = String(format: "%.3g", value) }
        else if magnitude.rounded() >= 1000 || magnitude == 0 { text = grouped(value) }
        else if magnitude >= 100 { text = String(format: "%.0f", value) }
        else if magnitude >= 10 { text = String(format: "%.1f", value) }
        else if magnitude >= 1 { text = String(format: "%.2f", value) }
        else { text = String(format: "%.3g", value) }
        return unit.map { text + " " + $0 } ?? text
    }

    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return number(share, nil) }
        let p = share * 100
        return (abs(p) >= 10 ? String(format: "%.1f", p) : String(format: "%.2f", p)) + "%"
    }
}


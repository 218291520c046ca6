import Foundation
import RetroModel

/// The SVG charts of the Monitoring context section, by asset name (`assets/NAME`).
/// Markdown references them as images; the HTML page inlines them.
enum ChartAssets {
    static func build(_ retro: Retrospective) -> [(name: String, svg: String)] {
        let monitoring = retro.monitoring
        guard !monitoring.panels.isEmpty else { return [] }
        let zone = retro.incident.displayZone
        let incident = retro.window.incidentInterval
        let markers = [("detected", retro.window.detected), ("mitigated", retro.window.mitigated), ("resolved", retro.window.resolved)]
            .compactMap { name, at in at.map { ChartMarker(at: $0, label: name) } }
        var assets: [(String, String)] = []
        var specs: [ChartSpec] = []
        for (index, panel) in monitoring.panels.enumerated() where !panel.series.isEmpty {
            let (series, unit, scale) = drawn(panel)
            let spec = ChartSpec(
                id: "chart-\(index + 1)", title: panel.title, unit: unit, series: series, incident: incident,
                baseline: panel.analyses.first?.baseline, threshold: panel.slo.map { $0.threshold * scale }, markers: markers, timeZone: zone)
            specs.append(spec)
            assets.append((name(for: index, panel), LineChart.render(spec)))
        }
        if specs.count > 1 {
            assets.insert(("overview.svg", SmallMultiples.render(id: "overview", title: "All monitored series", panels: specs, incident: incident, timeZone: zone)), at: 0)
        }
        return assets
    }

    /// The series as charts draw them: named by what tells them apart (as in the tables), and
    /// ratios in percent, so axes, tables and prose use one unit.
    static func drawn(_ panel: MonitoringContext.Panel) -> (series: [MetricSeries], unit: String?, scale: Double) {
        let scale = panel.unit == "ratio" ? 100.0 : 1.0
        let series = panel.series.enumerated().map { i, s -> MetricSeries in
            var copy = s
            if i < panel.analyses.count, let label = panel.analyses[i].label {
                copy.name = label
                copy.labels = [:]
            }
            if scale != 1 { copy.points = s.points.map { .init(t: $0.t, v: $0.v * scale) } }
            return copy
        }
        return (series, scale != 1 ? "%" : panel.unit, scale)
    }

    /// `chart-1-checkout-error-ratio.svg`
    static func name(for index: Int, _ panel: MonitoringContext.Panel) -> String {
        "chart-\(index + 1)-\(HTMLAnchors.slug(panel.title).prefix(40)).svg"
    }
}

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
            let spec = ChartSpec(
                id: "chart-\(index + 1)", title: panel.title, unit: panel.unit, series: panel.series, incident: incident,
                baseline: panel.analyses.first?.baseline, threshold: panel.slo?.threshold, markers: markers, timeZone: zone)
            specs.append(spec)
            assets.append((name(for: index, panel), LineChart.render(spec)))
        }
        if specs.count > 1 {
            assets.insert(("overview.svg", SmallMultiples.render(id: "overview", title: "All monitored series", panels: specs, incident: incident, timeZone: zone)), at: 0)
        }
        return assets
    }

    /// `chart-1-checkout-error-ratio.svg`
    static func name(for index: Int, _ panel: MonitoringContext.Panel) -> String {
        "chart-\(index + 1)-\(HTMLAnchors.slug(panel.title).prefix(40)).svg"
    }
}

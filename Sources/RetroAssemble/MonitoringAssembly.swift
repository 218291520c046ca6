import Foundation
import RetroModel

/// Section 2 from the monitoring snapshots: each series against its baseline, SLO breaches and
/// budget, gaps in the data, and which series moved together. Figures only, never causes.
enum MonitoringAssembly {
    static func build(_ inputs: [AssemblyInputs.Monitoring], window: ResolvedWindow, gaps: [String]) -> MonitoringContext {
        guard let incident = window.incidentInterval else {
            let panels = inputs.map { MonitoringContext.Panel(title: $0.source.title ?? $0.source.path, unit: $0.source.unit, path: $0.source.path, series: $0.series, analyses: [], slo: $0.source.slo) }
            return MonitoringContext(panels: panels, gaps: gaps)
        }
        var dataGaps: [(source: String, gap: DataGap)] = []
        let panels = inputs.map { input -> MonitoringContext.Panel in
            let labels = SeriesLabels.short(input.series)
            let analyses = zip(input.series, labels).map { series, label -> SeriesAnalysis in
                var analysis = SeriesAnalyzer.analyze(
                    series, incident: incident, baseline: input.source.baseline, slo: input.slo(for: series), unit: input.unit(for: series))
                analysis.unit = input.unit(for: series)
                analysis.label = input.source.settings(for: series)?.title ?? label
                return analysis
            }
            let title = input.source.title ?? input.source.path
            for analysis in analyses {
                dataGaps += analysis.gaps.map { (title, $0) }
            }
            return MonitoringContext.Panel(title: title, unit: input.source.unit, path: input.source.path, series: input.series, analyses: analyses, slo: input.source.slo, baselineConfigured: input.source.baseline != nil)
        }
        let all = panels.flatMap(\.analyses)
        let related = all.count > 1 ? panels.flatMap { panel in
            SeriesAnalyzer.related(panel.analyses).map { a in a.label.map { "\(panel.title): \($0)" } ?? a.series }
        } : []
        return MonitoringContext(panels: panels, related: related, gaps: gaps, dataGaps: dataGaps)
    }
}

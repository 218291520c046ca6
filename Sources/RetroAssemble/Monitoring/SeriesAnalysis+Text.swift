import Foundation
import RetroModel

extension SeriesAnalysis {
    /// Plain sentences stating the figures: what moved, by how much, when, and how much budget went.
    /// They never say why; causes belong to the people writing the retrospective.
    public func sentences(zone: TimeZone) -> [String] {
        let unit = self.unit.map { " \($0)" } ?? ""
        var out: [String] = []
        if let mean = incidentStats.mean, let p95 = incidentStats.p95, let max = incidentStats.max {
            var sentence =
                "During the incident, \(series) averaged \(FigureFormat.number(mean))\(unit) (p95 \(FigureFormat.number(p95)), max \(FigureFormat.number(max)))"
            if let base = baselineStats.mean {
                sentence += " against \(FigureFormat.number(base))\(unit) in the baseline"
                if let changeRatio { sentence += " (\(FigureFormat.number(changeRatio)) times)" }
            }
            out.append(sentence + ".")
        } else {
            out.append("\(series) has no values in the incident window.")
        }
        if let band, let leftBandAt, let leftBandValue {
            out.append(
                "It first left its normal range (\(FigureFormat.number(band.low)) to \(FigureFormat.number(band.high))) at \(FigureFormat.time(leftBandAt, zone: zone)), reading \(FigureFormat.number(leftBandValue))."
            )
        }
        let nan = gaps.filter { $0.kind == .nanValues }.reduce(0) { $0 + $1.sampleCount }
        let missing = gaps.filter { $0.kind == .missingSamples }
        if nan > 0 || !missing.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty {
                let longest = missing.map(\.duration).max() ?? 0
                parts.append(
                    "\(missing.count) stretch\(missing.count == 1 ? "" : "es") without samples (longest \(FigureFormat.duration(longest)))")
            }
            if nan > 0 { parts.append("\(nan) NaN sample\(nan == 1 ? "" : "s")") }
            out.append("The data has \(parts.joined(separator: " and ")) around the incident.")
        }
        if let slo {
            let side = slo.direction == "below" ? "below" : "above"
            if slo.incidentBadSeconds > 0 {
                var sentence =
                    "It was \(side) the SLO threshold of \(FigureFormat.number(slo.threshold))\(unit) for \(FigureFormat.duration(slo.incidentBadSeconds)) during the incident"
                if let used = slo.budgetConsumed {
                    sentence +=
                        ", \(FigureFormat.number(used * 100))% of the \(FigureFormat.number(slo.periodDays))-day error budget (\(FigureFormat.duration(slo.budgetSeconds)))"
                }
                out.append(sentence + ".")
            } else {
                out.append("It stayed within the SLO threshold of \(FigureFormat.number(slo.threshold))\(unit) during the incident.")
            }
        }
        return out
    }
}

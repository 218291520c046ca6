import Foundation
import RetroModel

/// Renders a `ChartSpec` as a self-contained, accessible SVG line chart (no scripts, fixed formatting).
///
/// Incident window shaded, baseline window tinted and labelled, SLO threshold as a dashed line, key
/// events as vertical markers; series drawn from `Downsampler` runs, so NaN breaks the line.
public enum LineChart {
    struct Frame {
        var left: Double, right: Double, top: Double, bottom: Double
        var start: Int64, end: Int64
        var scale: NiceScale
        func x(_ t: Int64) -> Double { left + Double(t - start) / Double(max(1, end - start)) * (right - left) }
        /// Halves first: the difference of two values near ±1.7e308 overflows to infinity (and
        /// infinity over infinity is NaN); the difference of their halves does not.
        func y(_ v: Double) -> Double { bottom - (v / 2 - scale.low / 2) / max(1e-300, scale.high / 2 - scale.low / 2) * (bottom - top) }
    }

    public static func render(_ spec: ChartSpec) -> String {
        let id = spec.safeID
        let width = Double(max(spec.width, 200))
        let height = Double(max(spec.height, 120))
        let (start, end) = spec.domain
        let (lo, hi) = spec.valueRange(start: start, end: end) ?? (0, 1)
        let legendRows = spec.series.count > 1 ? min(3, (spec.series.count + 2) / 3) : 0
        let top = 30 + Double(legendRows) * 16 + (spec.markers.isEmpty ? 10 : 30)
        let frame = Frame(
            left: 64, right: width - 20, top: top, bottom: height - 44, start: start, end: end, scale: NiceScale(min: lo, max: hi))
        let axis = TimeAxis(zone: spec.timeZone)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\">"
        )
        out.append("<title id=\"\(id)-title\">\(SVGText.escape(spec.title))</title>")
        out.append("<desc id=\"\(id)-desc\">\(SVGText.escape(description(spec, axis: axis, lo: lo, hi: hi)))</desc>")
        out.append(
            "<defs><clipPath id=\"\(id)-clip\"><rect x=\"\(SVGText.coord(frame.left))\" y=\"\(SVGText.coord(frame.top))\" width=\"\(SVGText.coord(frame.right - frame.left))\" height=\"\(SVGText.coord(frame.bottom - frame.top))\"/></clipPath></defs>"
        )
        out.append("<rect width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#ffffff\"/>")
        out.append(
            "<text x=\"\(SVGText.coord(frame.left))\" y=\"20\" font-size=\"15\" font-weight=\"600\" fill=\"\(ChartPalette.text)\">\(SVGText.escape(SVGText.truncate(spec.title, 90)))</text>"
        )
        out += legend(spec, frame: frame)
        if let baseline = spec.baseline {
            out += window(baseline, frame: frame, label: "Baseline", color: ChartPalette.baseline, opacity: "0.10")
        }
        if let incident = spec.incident {
            out += window(incident, frame: frame, label: "Incident", color: ChartPalette.incident, opacity: "0.14")
        }
        out += grid(frame: frame, axis: axis)
        if let threshold = spec.threshold, threshold.isFinite { out += thresholdLine(threshold, frame: frame, unit: spec.unit) }
        for (index, series) in spec.series.enumerated() {
            out += line(series, frame: frame, color: ChartPalette.line(index), clip: "\(id)-clip")
        }
        if spec.valueRange(start: start, end: end) == nil || !spec.series.contains(where: { $0.points.contains { $0.v.isFinite } }) {
            out.append(
                "<text x=\"\(SVGText.coord((frame.left + frame.right) / 2))\" y=\"\(SVGText.coord((frame.top + frame.bottom) / 2))\" text-anchor=\"middle\" fill=\"\(ChartPalette.muted)\">No data in this range</text>"
            )
        }
        out += markers(spec.markers, frame: frame)
        let yTitle = spec.unit.map { SVGText.escape(SVGText.truncate($0, 40)) } ?? "value"
        out.append(
            "<text transform=\"translate(14 \(SVGText.coord((frame.top + frame.bottom) / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"\(ChartPalette.muted)\">\(yTitle)</text>"
        )
        out.append(
            "<text x=\"\(SVGText.coord((frame.left + frame.right) / 2))\" y=\"\(SVGText.coord(height - 6))\" text-anchor=\"middle\" fill=\"\(ChartPalette.muted)\">Time (\(SVGText.escape(axis.zoneName)))</text>"
        )
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    static func legend(_ spec: ChartSpec, frame: Frame) -> [String] {
        guard spec.series.count > 1 else { return [] }
        var out: [String] = []
        let shown = min(spec.series.count, 9)
        let columnWidth = (frame.right - frame.left) / 3
        for i in 0..<shown {
            let x = frame.left + Double(i % 3) * columnWidth
            let y = 38 + Double(i / 3) * 16
            var name = spec.series[i].displayName
            if i == shown - 1, spec.series.count > shown { name = "and \(spec.series.count - shown + 1) more" }
            out.append(
                "<rect x=\"\(SVGText.coord(x))\" y=\"\(SVGText.coord(y - 8))\" width=\"12\" height=\"3\" fill=\"\(ChartPalette.line(i))\"/>"
            )
            out.append(
                "<text x=\"\(SVGText.coord(x + 16))\" y=\"\(SVGText.coord(y - 3))\" fill=\"\(ChartPalette.text)\">\(SVGText.escape(SVGText.truncate(name, Int(columnWidth / 6.5))))</text>"
            )
        }
        return out
    }

    /// A tinted window; its label sits at the top (or bottom) inside the window when it fits there.
    static func window(_ interval: DateInterval, frame: Frame, label: String, color: String, opacity: String, labelAtBottom: Bool = false)
        -> [String]
    {
        let x0 = max(frame.left, min(frame.right, frame.x(Timestamp.epochMilliseconds(interval.start))))
        let x1 = max(frame.left, min(frame.right, frame.x(Timestamp.epochMilliseconds(interval.end))))
        guard x1 > x0 else { return [] }
        var out = [
            "<rect x=\"\(SVGText.coord(x0))\" y=\"\(SVGText.coord(frame.top))\" width=\"\(SVGText.coord(x1 - x0))\" height=\"\(SVGText.coord(frame.bottom - frame.top))\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"/>"
        ]
        if !label.isEmpty, x1 - x0 >= Double(label.count) * 6.5 + 8 {
            let y = labelAtBottom ? frame.bottom - 6 : frame.top + 13
            out.append("<text x=\"\(SVGText.coord(x0 + 4))\" y=\"\(SVGText.coord(y))\" font-size=\"11\" fill=\"\(color)\">\(label)</text>")
        }
        return out
    }

    static func grid(frame: Frame, axis: TimeAxis) -> [String] {
        var out: [String] = []
        for tick in frame.scale.ticks {
            let y = SVGText.coord(frame.y(tick))
            out.append(
                "<line x1=\"\(SVGText.coord(frame.left))\" y1=\"\(y)\" x2=\"\(SVGText.coord(frame.right))\" y2=\"\(y)\" stroke=\"\(ChartPalette.grid)\"/>"
            )
            out.append(
                "<text x=\"\(SVGText.coord(frame.left - 6))\" y=\"\(SVGText.coord(frame.y(tick) + 4))\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(frame.scale.label(tick))</text>"
            )
        }
        let maxTicks = max(2, Int((frame.right - frame.left) / 110))
        for tick in axis.ticks(start: frame.start, end: frame.end, maxTicks: maxTicks) {
            let x = SVGText.coord(frame.x(tick.ms))
            out.append(
                "<line x1=\"\(x)\" y1=\"\(SVGText.coord(frame.bottom))\" x2=\"\(x)\" y2=\"\(SVGText.coord(frame.bottom + 4))\" stroke=\"\(ChartPalette.muted)\"/>"
            )
            out.append(
                "<text x=\"\(x)\" y=\"\(SVGText.coord(frame.bottom + 17))\" text-anchor=\"middle\" fill=\"\(ChartPalette.muted)\">\(SVGText.escape(tick.label))</text>"
            )
        }
        out.append(
            "<line x1=\"\(SVGText.coord(frame.left))\" y1=\"\(SVGText.coord(frame.bottom))\" x2=\"\(SVGText.coord(frame.right))\" y2=\"\(SVGText.coord(frame.bottom))\" stroke=\"\(ChartPalette.muted)\"/>"
        )
        return out
    }

    static func thresholdLine(_ threshold: Double, frame: Frame, unit: String?) -> [String] {
        let y = SVGText.coord(frame.y(threshold))
        let text = "SLO threshold \(frame.scale.label(threshold))\(unit.map { " " + SVGText.truncate($0, 20) } ?? "")"
        return [
            "<line x1=\"\(SVGText.coord(frame.left))\" y1=\"\(y)\" x2=\"\(SVGText.coord(frame.right))\" y2=\"\(y)\" stroke=\"\(ChartPalette.threshold)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
            "<text x=\"\(SVGText.coord(frame.right - 4))\" y=\"\(SVGText.coord(frame.y(threshold) - 5))\" text-anchor=\"end\" font-size=\"11\" fill=\"\(ChartPalette.threshold)\">\(SVGText.escape(text))</text>",
        ]
    }

    static func line(_ series: MetricSeries, frame: Frame, color: String, clip: String) -> [String] {
        let columns = max(1, Int(frame.right - frame.left))
        var out: [String] = []
        var path = ""
        for run in Downsampler.runs(series.points, start: frame.start, end: frame.end, columns: columns) {
            if run.count == 1, let p = run.first {
                out.append(
                    "<circle cx=\"\(SVGText.coord(frame.x(p.t)))\" cy=\"\(SVGText.coord(frame.y(p.v)))\" r=\"2\" fill=\"\(color)\"/>")
                continue
            }
            for (i, p) in run.enumerated() {
                path += (i == 0 ? (path.isEmpty ? "M" : " M") : "L") + SVGText.coord(frame.x(p.t)) + " " + SVGText.coord(frame.y(p.v))
            }
        }
        if !path.isEmpty {
            out.insert(
                "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\" clip-path=\"url(#\(clip))\"/>",
                at: 0)
        }
        return out
    }

    static func markers(_ markers: [ChartMarker], frame: Frame) -> [String] {
        var out: [String] = []
        let sorted = markers.enumerated().sorted { a, b in a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }
        for (row, marker) in sorted.map(\.element).enumerated() {
            let t = Timestamp.epochMilliseconds(marker.at)
            guard t >= frame.start, t <= frame.end else { continue }
            let x = frame.x(t)
            let labelY = frame.top - 6 - Double(row % 2) * 13
            let anchor = x > frame.right - 80 ? "end" : "start"
            let dx = anchor == "end" ? -3.0 : 3.0
            out.append(
                "<line x1=\"\(SVGText.coord(x))\" y1=\"\(SVGText.coord(labelY + 2))\" x2=\"\(SVGText.coord(x))\" y2=\"\(SVGText.coord(frame.bottom))\" stroke=\"\(ChartPalette.marker)\" stroke-dasharray=\"2 3\"/>"
            )
            out.append(
                "<text x=\"\(SVGText.coord(x + dx))\" y=\"\(SVGText.coord(labelY))\" text-anchor=\"\(anchor)\" font-size=\"11\" fill=\"\(ChartPalette.marker)\">\(SVGText.escape(SVGText.truncate(marker.label, 32)))</text>"
            )
        }
        return out
    }

    /// The chart in words, for screen readers: what is drawn, over which times, and the figures shown.
    static func description(_ spec: ChartSpec, axis: TimeAxis, lo: Double, hi: Double) -> String {
        let (start, end) = spec.domain
        func at(_ date: Date) -> String { axis.label(Timestamp.epochMilliseconds(date), step: 60_000, first: true) }
        func at(_ ms: Int64) -> String { axis.label(ms, step: 60_000, first: true) }
        let names =
            spec.series.prefix(5).map(\.displayName).joined(separator: ", ")
            + (spec.series.count > 5 ? " and \(spec.series.count - 5) more" : "")
        let scale = NiceScale(min: lo, max: hi)
        var parts = ["Line chart of \(spec.series.isEmpty ? "no series" : names) from \(at(start)) to \(at(end)) (\(axis.zoneName))."]
        parts.append("Values from \(scale.label(lo)) to \(scale.label(hi))\(spec.unit.map { " " + $0 } ?? "").")
        if let incident = spec.incident { parts.append("Incident window shaded from \(at(incident.start)) to \(at(incident.end)).") }
        if let baseline = spec.baseline { parts.append("Baseline window from \(at(baseline.start)) to \(at(baseline.end)).") }
        if let threshold = spec.threshold { parts.append("Dashed line: SLO threshold at \(scale.label(threshold)).") }
        if !spec.markers.isEmpty {
            parts.append("Markers: " + spec.markers.map { "\($0.label) at \(at($0.at))" }.joined(separator: "; ") + ".")
        }
        return parts.joined(separator: " ")
    }
}

import Foundation
import RetroModel

/// An overview of several series in one SVG: a grid of small charts sharing the time range, each
/// with its own value range, the incident window shaded and the SLO threshold when given.
public enum SmallMultiples {
    /// One small chart per spec (its first series is drawn); `range` and `markers` of the specs are ignored
    /// in favour of the shared `incident` and time range.
    public static func render(
        id: String, title: String, panels: [ChartSpec], incident: DateInterval? = nil,
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, columns: Int = 2, width: Int = 800
    ) -> String {
        let root = ChartSpec(id: id, title: title, series: panels.flatMap(\.series), incident: incident, timeZone: timeZone)
        let sid = root.safeID
        let (start, end) = root.domain
        let cols = max(1, columns)
        let cellWidth = Double(width) / Double(cols)
        let cellHeight = 150.0
        let rows = (panels.count + cols - 1) / cols
        let height = 34 + Double(rows) * cellHeight + 8
        let axis = TimeAxis(zone: timeZone)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(sid)-title \(sid)-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"11\">"
        )
        out.append("<title id=\"\(sid)-title\">\(SVGText.escape(title))</title>")
        let names = panels.map(\.title).joined(separator: "; ")
        let window =
            incident.map {
                " Incident window shaded from \(axis.label(Timestamp.epochMilliseconds($0.start), step: 60_000, first: true)) to \(axis.label(Timestamp.epochMilliseconds($0.end), step: 60_000, first: true))."
            } ?? ""
        let span =
            "from \(axis.label(start, step: 60_000, first: true)) to \(axis.label(end, step: 60_000, first: true)) (\(axis.zoneName))"
        out.append("<desc id=\"\(sid)-desc\">\(SVGText.escape("\(panels.count) small charts \(span): \(names).\(window)"))</desc>")
        out.append("<rect width=\"\(width)\" height=\"\(Int(height))\" fill=\"#ffffff\"/>")
        out.append(
            "<text x=\"8\" y=\"20\" font-size=\"15\" font-weight=\"600\" fill=\"\(ChartPalette.text)\">\(SVGText.escape(SVGText.truncate(title, 90)))</text>"
        )
        out.append(
            "<text x=\"\(width - 8)\" y=\"20\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">Times in \(SVGText.escape(axis.zoneName))</text>"
        )
        for (i, panel) in panels.enumerated() {
            let x = Double(i % cols) * cellWidth
            let y = 34 + Double(i / cols) * cellHeight
            out += cell(
                panel, index: i, id: sid, x: x, y: y, width: cellWidth, height: cellHeight, start: start, end: end, incident: incident,
                axis: axis)
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    static func cell(
        _ panel: ChartSpec, index: Int, id: String, x: Double, y: Double, width: Double, height: Double,
        start: Int64, end: Int64, incident: DateInterval?, axis: TimeAxis
    ) -> [String] {
        let (lo, hi) = panel.valueRange(start: start, end: end) ?? (0, 1)
        let frame = LineChart.Frame(
            left: x + 48, right: x + width - 12, top: y + 22, bottom: y + height - 26, start: start, end: end,
            scale: NiceScale(min: lo, max: hi, count: 3))
        let clip = "\(id)-clip\(index)"
        var out: [String] = []
        out.append("<g>")
        out.append(
            "<clipPath id=\"\(clip)\"><rect x=\"\(SVGText.coord(frame.left))\" y=\"\(SVGText.coord(frame.top))\" width=\"\(SVGText.coord(frame.right - frame.left))\" height=\"\(SVGText.coord(frame.bottom - frame.top))\"/></clipPath>"
        )
        let unit = panel.unit.map { " (\($0))" } ?? ""
        out.append(
            "<text x=\"\(SVGText.coord(x + 8))\" y=\"\(SVGText.coord(y + 14))\" font-weight=\"600\" fill=\"\(ChartPalette.text)\">\(SVGText.escape(SVGText.truncate(panel.title + unit, Int(width / 6.5))))</text>"
        )
        if let incident {
            out += LineChart.window(incident, frame: frame, label: "", color: ChartPalette.incident, opacity: "0.14")
        }
        for tick in [frame.scale.low, frame.scale.high] {
            out.append(
                "<line x1=\"\(SVGText.coord(frame.left))\" y1=\"\(SVGText.coord(frame.y(tick)))\" x2=\"\(SVGText.coord(frame.right))\" y2=\"\(SVGText.coord(frame.y(tick)))\" stroke=\"\(ChartPalette.grid)\"/>"
            )
            out.append(
                "<text x=\"\(SVGText.coord(frame.left - 4))\" y=\"\(SVGText.coord(frame.y(tick) + 4))\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(frame.scale.label(tick))</text>"
            )
        }
        if let threshold = panel.threshold, threshold.isFinite {
            let ty = SVGText.coord(frame.y(threshold))
            out.append(
                "<line x1=\"\(SVGText.coord(frame.left))\" y1=\"\(ty)\" x2=\"\(SVGText.coord(frame.right))\" y2=\"\(ty)\" stroke=\"\(ChartPalette.threshold)\" stroke-dasharray=\"5 3\"/>"
            )
        }
        if let series = panel.series.first, series.points.contains(where: { $0.v.isFinite && $0.t >= start && $0.t <= end }) {
            out += LineChart.line(series, frame: frame, color: ChartPalette.line(0), clip: clip)
        } else {
            out.append(
                "<text x=\"\(SVGText.coord((frame.left + frame.right) / 2))\" y=\"\(SVGText.coord((frame.top + frame.bottom) / 2 + 4))\" text-anchor=\"middle\" fill=\"\(ChartPalette.muted)\">No data</text>"
            )
        }
        let bottom = SVGText.coord(frame.bottom + 14)
        out.append(
            "<text x=\"\(SVGText.coord(frame.left))\" y=\"\(bottom)\" fill=\"\(ChartPalette.muted)\">\(SVGText.escape(axis.label(start, step: 60_000, first: true)))</text>"
        )
        out.append(
            "<text x=\"\(SVGText.coord(frame.right))\" y=\"\(bottom)\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(SVGText.escape(axis.label(end, step: 60_000, first: true)))</text>"
        )
        out.append("</g>")
        return out
    }
}

/// Line colours that stay distinguishable for colour-blind readers (Okabe–Ito), and the chart's fixed colours.
enum ChartPalette {
    static let lines = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    static let incident = "#D55E00"
    static let baseline = "#6b7280"
    static let threshold = "#b91c1c"
    static let marker = "#374151"
    static let grid = "#e5e7eb"
    static let text = "#111827"
    static let muted = "#4b5563"

    static func line(_ index: Int) -> String { lines[index % lines.count] }
}

import RetroModel

/// An Ishikawa (fishbone) diagram of the contributing factors as SVG: the incident at the head,
/// one bone per category that has factors, the factors' titles on ribs along their bone.
///
/// Every text comes from the incident file, so every text is escaped; long titles are wrapped and,
/// past three lines, cut with an ellipsis, the full title kept in the factor's `<title>`.
enum Fishbone {
    struct Bone {
        var category: String
        var factors: [(id: String, title: String)]
    }

    /// Referenced from the Markdown as `assets/fishbone.svg`, inlined in the HTML.
    static let assetName = "fishbone.svg"
    static let width = 880.0
    static let headWidth = 168.0
    static let lineHeight = 15.0
    static let slant = 34.0
    static let colours: [ContributingFactor.Category: String] = [
        .technical: "#0072B2", .process: "#D55E00", .people: "#009E73", .organizational: "#CC79A7", .external: "#8a6d00",
    ]

    /// The diagram for a factors section; nil when there are no factors.
    static func render(_ factors: FactorsSection, incidentID: String, title: String) -> String? {
        guard !factors.groups.isEmpty else { return nil }
        let bones = factors.groups.map { group in
            (Bone(category: group.category.rawValue.capitalized, factors: group.factors.map { ($0.id, $0.title) }), colours[group.category] ?? ChartPalette.marker)
        }
        return render(bones, incidentID: incidentID, title: title)
    }

    static func render(_ bones: [(bone: Bone, colour: String)], incidentID: String, title: String) -> String {
        let top = stride(from: 0, to: bones.count, by: 2).map { bones[$0] }
        let bottom = stride(from: 1, to: bones.count, by: 2).map { bones[$0] }
        let columns = max(top.count, bottom.count, 1)
        let spineStart = 16.0, spineEnd = width - headWidth - 16
        let columnWidth = (spineEnd - spineStart) / Double(columns)
        // About 6.9 px per character at 12.5 px: the text stays left of the bone's far end.
        let chars = max(16, Int((columnWidth - 12 - slant - 12) / 6.9))
        let topHeight = (top.map { boneLength($0.bone, chars) }.max() ?? 40) + 26
        let bottomHeight = (bottom.map { boneLength($0.bone, chars) }.max() ?? 40) + 26
        let headLines = [incidentID] + SVGText.wrap(title, width: 20, maxLines: 4)
        let headHeight = Double(headLines.count) * 17 + 20
        let midY = max(topHeight, headHeight / 2 + 8) + 8
        let height = midY + max(bottomHeight, headHeight / 2 + 8) + 8

        let count = bones.reduce(0) { $0 + $1.bone.factors.count }
        let summary = bones.map { "\($0.bone.category) (\($0.bone.factors.count))" }.joined(separator: ", ")
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"fishbone-title fishbone-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"13\">",
            "<title id=\"fishbone-title\">Contributing factors of \(SVGText.escape(incidentID))</title>",
            "<desc id=\"fishbone-desc\">Fishbone diagram: \(count) contributing factor\(count == 1 ? "" : "s") by category, \(SVGText.escape(summary)), leading to the incident at the right.</desc>",
            "<rect width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#ffffff\"/>",
            "<line x1=\"\(SVGText.coord(spineStart))\" y1=\"\(SVGText.coord(midY))\" x2=\"\(SVGText.coord(spineEnd))\" y2=\"\(SVGText.coord(midY))\" stroke=\"\(ChartPalette.text)\" stroke-width=\"3\"/>",
        ]
        out.append("<g class=\"head\"><title>\(SVGText.escape("\(incidentID): \(title)"))</title>")
        out += head(headLines, x: spineEnd, midY: midY, height: headHeight)
        out.append("</g>")
        for (index, entry) in top.enumerated() {
            out += bone(entry.bone, colour: entry.colour, joinX: spineStart + columnWidth * Double(index + 1) - 12, columnLeft: spineStart + columnWidth * Double(index), midY: midY, up: true, chars: chars)
        }
        for (index, entry) in bottom.enumerated() {
            out += bone(entry.bone, colour: entry.colour, joinX: spineStart + columnWidth * Double(index + 1) - 12, columnLeft: spineStart + columnWidth * Double(index), midY: midY, up: false, chars: chars)
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Rows of a bone: each factor's wrapped lines.
    static func rows(_ bone: Bone, _ chars: Int) -> [(id: String, title: String, lines: [String])] {
        bone.factors.map { ($0.id, $0.title, SVGText.wrap("\($0.id) \($0.title)", width: chars, maxLines: 3)) }
    }

    static func rowHeight(_ lines: Int) -> Double { Double(lines) * lineHeight + 12 }

    static func boneLength(_ bone: Bone, _ chars: Int) -> Double {
        max(40, rows(bone, chars).reduce(16) { $0 + rowHeight($1.lines.count) })
    }

    /// The incident: a box at the end of the spine with its id and title.
    static func head(_ lines: [String], x: Double, midY: Double, height: Double) -> [String] {
        let y = midY - height / 2
        var out = [
            "<rect x=\"\(SVGText.coord(x))\" y=\"\(SVGText.coord(y))\" width=\"\(SVGText.coord(headWidth))\" height=\"\(SVGText.coord(height))\" rx=\"8\" fill=\"#fdecea\" stroke=\"\(ChartPalette.incident)\" stroke-width=\"2\"/>"
        ]
        for (i, line) in lines.enumerated() {
            let weight = i == 0 ? " font-weight=\"700\"" : ""
            out.append("<text x=\"\(SVGText.coord(x + 12))\" y=\"\(SVGText.coord(y + 25 + Double(i) * 17))\"\(weight) fill=\"\(ChartPalette.text)\">\(SVGText.escape(line))</text>")
        }
        return out
    }

    /// A category's bone: a slanted line from the spine, its name at the far end, a rib per factor.
    static func bone(_ bone: Bone, colour: String, joinX: Double, columnLeft: Double, midY: Double, up: Bool, chars: Int) -> [String] {
        let length = boneLength(bone, chars)
        let sign = up ? -1.0 : 1.0
        let endX = joinX - slant, endY = midY + sign * length
        var out = [
            "<g class=\"bone\">",
            "<line x1=\"\(SVGText.coord(joinX))\" y1=\"\(SVGText.coord(midY))\" x2=\"\(SVGText.coord(endX))\" y2=\"\(SVGText.coord(endY))\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>",
            "<text x=\"\(SVGText.coord(endX))\" y=\"\(SVGText.coord(up ? endY - 8 : endY + 18))\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"\(colour)\">\(SVGText.escape(bone.category))</text>",
        ]
        // Rows run from the bone's far end towards the spine above it, and from the spine outwards below it.
        var cursor = up ? endY + 8 : midY + 8
        for row in rows(bone, chars) {
            let ribY = cursor + Double(row.lines.count) * lineHeight + 3
            let along = abs(ribY - midY) / length
            let ribX = joinX - slant * along
            out.append("<g class=\"factor\"><title>\(SVGText.escape("\(row.id): \(row.title)"))</title>")
            out.append("<line x1=\"\(SVGText.coord(columnLeft + 2))\" y1=\"\(SVGText.coord(ribY))\" x2=\"\(SVGText.coord(ribX))\" y2=\"\(SVGText.coord(ribY))\" stroke=\"\(colour)\" stroke-width=\"1\" stroke-opacity=\"0.6\"/>")
            for (i, line) in row.lines.enumerated() {
                let y = cursor + Double(i + 1) * lineHeight - 1
                var text = SVGText.escape(line)
                if i == 0, line.hasPrefix(row.id + " ") {
                    text = "<tspan font-weight=\"700\">\(SVGText.escape(row.id))</tspan>" + SVGText.escape(String(line.dropFirst(row.id.count)))
                }
                out.append("<text x=\"\(SVGText.coord(columnLeft + 4))\" y=\"\(SVGText.coord(y))\" font-size=\"12.5\" fill=\"\(ChartPalette.text)\">\(text)</text>")
            }
            out.append("</g>")
            cursor += rowHeight(row.lines.count)
        }
        out.append("</g>")
        return out
    }
}

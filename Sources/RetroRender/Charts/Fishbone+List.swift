import RetroModel

extension Fishbone {
    /// The fishbone as a vertical list of bones, for screens too narrow for the diagram: one item
    /// per category in the diagram's colour, its factors beneath, the incident last as the head.
    ///
    /// Every text is escaped; titles are given whole, since a list has room to wrap them.
    static func list(_ factors: FactorsSection, incidentID: String, title: String) -> String? {
        guard !factors.groups.isEmpty else { return nil }
        var out = ["<ol class=\"bones\" aria-label=\"Contributing factors by category\">"]
        for group in factors.groups {
            let colour = colours[group.category] ?? ChartPalette.marker
            out.append("<li style=\"--bone: \(colour)\"><p class=\"bone\"><strong>\(SVGText.escape(group.category.rawValue.capitalized))</strong></p><ul>")
            for factor in group.factors {
                out.append("<li><strong>\(SVGText.escape(factor.id))</strong> \(SVGText.escape(factor.title))</li>")
            }
            out.append("</ul></li>")
        }
        out.append("<li class=\"head\">\(SVGText.escape(incidentID)): \(SVGText.escape(title))</li>")
        out.append("</ol>")
        return out.joined(separator: "\n")
    }
}

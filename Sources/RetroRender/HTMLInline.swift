/// Post-processing of cmark's HTML for the self-contained page. cmark runs in safe mode, so raw
/// HTML cannot come through Markdown; what the page needs beyond Markdown is put in here, only
/// at places that retro's own templates produced.
enum HTMLInline {
    /// Replaces each `<img src="assets/NAME" …>` whose NAME is a generated chart with the chart's SVG.
    static func charts(_ html: String, assets: [(name: String, svg: String)]) -> String {
        var result = html
        for asset in assets {
            let prefix = "<img src=\"assets/\(asset.name)\""
            while let start = result.markupRange(of: prefix), let end = result[start.upperBound...].markupRange(of: "/>") {
                result.replaceSubrange(start.lowerBound..<end.upperBound, with: "<figure class=\"chart\">\(asset.svg)</figure>")
            }
        }
        return result
    }

    /// Folds the "Human chatter" part of the timeline (from its `<h3>` to the next heading of
    /// level 2 or 3) into a closed `<details>` element.
    static func chatter(_ html: String) -> String {
        let heading = "<h3>Human chatter</h3>"
        guard let start = html.markupRange(of: heading) else { return html }
        let rest = html[start.upperBound...]
        let end = [rest.markupRange(of: "<h2")?.lowerBound, rest.markupRange(of: "<h3")?.lowerBound].compactMap { $0 }.min() ?? html.endIndex
        let inner = html[start.upperBound..<end]
        return String(html[..<start.lowerBound]) + "<details class=\"chatter\"><summary>Human chatter</summary>" + inner + "</details>\n" + String(html[end...])
    }
}

import Foundation

/// Post-processing of cmark's HTML for the self-contained page. cmark runs in safe mode, so raw
/// HTML cannot come through Markdown; what the page needs beyond Markdown is put in here, only
/// at places that retro's own templates produced.
enum HTMLInline {
    /// Replaces each `<img src="assets/NAME" …>` whose NAME is a generated chart with the chart's SVG.
    /// The fishbone's figure also holds `fishboneList`, which narrow screens show instead of the diagram.
    static func charts(_ html: String, assets: [(name: String, svg: String)], fishboneList: String? = nil) -> String {
        var result = html
        for asset in assets {
            let prefix = "<img src=\"assets/\(asset.name)\""
            let figure = asset.name == Fishbone.assetName && fishboneList != nil
                ? "<figure class=\"chart fishbone\">\(asset.svg)\(fishboneList ?? "")</figure>"
                : "<figure class=\"chart\">\(asset.svg)</figure>"
            while let start = result.markupRange(of: prefix), let end = result[start.upperBound...].markupRange(of: "/>") {
                result.replaceSubrange(start.lowerBound..<end.upperBound, with: figure)
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

    /// Gives each row of the timeline's event table (the table whose header starts with
    /// "Time | Since start") the id `event-N`, so evidence links can point at it.
    static func timelineRows(_ html: String) -> String {
        guard let header = html.markupRange(of: "<th>Time</th>\n<th>Since start</th>"),
              let body = html[header.upperBound...].markupRange(of: "<tbody>"),
              let end = html[body.upperBound...].markupRange(of: "</tbody>")
        else { return html }
        var rows = ""
        var n = 0
        var rest = html[body.upperBound..<end.lowerBound]
        while let tr = rest.markupRange(of: "<tr>") {
            n += 1
            rows += rest[..<tr.lowerBound] + "<tr id=\"event-\(n)\">"
            rest = rest[tr.upperBound...]
        }
        rows += rest
        return String(html[..<body.upperBound]) + rows + String(html[end.lowerBound...])
    }

    /// Gives the first `titles.count` `<h3>` headings after the Monitoring context heading the
    /// ids of their panel titles, so evidence links can point at them.
    static func panelHeadings(_ html: String, titles: [String]) -> String {
        guard !titles.isEmpty, let section = html.markupRange(of: "<h2>Monitoring context</h2>") else { return html }
        var out = String(html[..<section.upperBound])
        var rest = html[section.upperBound...]
        for title in titles {
            guard let h3 = rest.markupRange(of: "<h3>") else { break }
            if let nextSection = rest.markupRange(of: "<h2"), nextSection.lowerBound < h3.lowerBound { break }
            out += rest[..<h3.lowerBound] + "<h3 id=\"\(HTMLAnchors.slug(title))\">"
            rest = rest[h3.upperBound...]
        }
        return out + rest
    }
}

import Foundation

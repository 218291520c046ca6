import Foundation
import RetroMarkdown
import RetroModel

/// Renders a `Retrospective` to Markdown (through the templates) and to a self-contained HTML page
/// (the Markdown through cmark-gfm, inside the page template).
public struct Renderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Everything a build writes for one retrospective.
    public struct Output: Sendable {
        public var markdown: String
        public var html: String
        /// SVG charts, referenced from the Markdown as `assets/NAME` and inlined in the HTML.
        public var assets: [(name: String, svg: String)]
    }

    /// Markdown, HTML and chart assets of `retro`.
    public func render(_ retro: Retrospective, sourceFile: String) -> Output {
        let md = markdown(retro, sourceFile: sourceFile)
        var assets = ChartAssets.build(retro)
        if let fishbone = Fishbone.render(retro.factors, incidentID: retro.incident.id, title: retro.incident.title) {
            assets.append((Fishbone.assetName, fishbone))
        }
        return Output(markdown: md, html: html(retro, markdown: md, sourceFile: sourceFile, assets: assets), assets: assets)
    }

    /// The retrospective as Markdown. `sourceFile` is the incident file's path as the user gave it.
    public func markdown(_ retro: Retrospective, sourceFile: String) -> String {
        let view = RetrospectiveView(retro, sourceFile: sourceFile)
        return Self.tidy(templates.render(view.context(), template: "retrospective.md"))
    }

    /// The retrospective as one HTML page: no scripts, no external requests, a restrictive CSP.
    public func html(_ retro: Retrospective, markdown: String, sourceFile: String, assets: [(name: String, svg: String)] = []) -> String {
        // The masthead shows the title and figures, so the page body starts at the first section.
        let bones = Fishbone.list(retro.factors, incidentID: retro.incident.id, title: retro.incident.title)
        let body = HTMLInline.charts(CMark.renderHTML(Self.fromFirstSection(markdown)), assets: assets, fishboneList: bones)
        let rows = HTMLTableLabels.add(HTMLInline.timelineRows(HTMLInline.chatter(body)))
        let linked = HTMLInline.panelHeadings(rows, titles: retro.monitoring.panels.map(\.title))
        let anchored = HTMLAnchors.addIDs(linked)
        let view = RetrospectiveView(retro, sourceFile: sourceFile)
        let d = retro.durations
        let figures: [[String: String]] = [
            ("Duration", d.total), ("Time to detect", d.timeToDetect), ("Time to acknowledge", d.timeToAcknowledge), ("Time to mitigate", d.timeToMitigate),
        ].compactMap { label, value in value.map { ["label": label, "value": DisplayTime.duration($0)] } }
        let i = retro.incident
        let day = retro.window.started.map { view.clock.longDay($0) }
        let context: [String: Any] = [
            "id": PlainText.shown(i.id), "title": PlainText.shown(i.title), "severity": PlainText.shown(i.severity), "severityClass": Self.severityClass(i.severity),
            "status": i.status.rawValue, "services": i.services.joined(separator: ", "), "version": RenderInfo.version,
            "sourceFile": Self.commentSafe(sourceFile), "kicker": ["Incident retrospective", day].compactMap { $0 }.joined(separator: " · "),
            "zoneLabel": view.zoneLabel,
            "milestones": retro.window.milestones.compactMap { m in m.at.map { ["name": m.name.capitalized, "at": view.dateTimeStamp($0)] } },
            "figures": figures, "hasFigures": !figures.isEmpty,
            "toc": anchored.toc.map { ["anchor": $0.anchor, "title": $0.title] }, "hasToc": !anchored.toc.isEmpty,
            "body": anchored.html,
        ]
        return templates.render(context, template: "page.html")
    }

    /// The Markdown from its first `## ` heading on; all of it when it has none.
    static func fromFirstSection(_ markdown: String) -> String {
        if markdown.hasPrefix("## ") { return markdown }
        guard let range = markdown.markupRange(of: "\n## ") else { return markdown }
        return String(markdown[markdown.index(after: range.lowerBound)...])
    }

    /// `SEV1`/`P1` → `1`, so the badge colour follows the level; anything else → `other`.
    static func severityClass(_ severity: String) -> String {
        let digits = severity.filter(\.isNumber)
        return digits.count == 1 ? digits : "other"
    }

    /// Text placed inside an HTML comment must not be able to close it.
    static func commentSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "--", with: "- -").replacingOccurrences(of: ">", with: "")
    }

    /// Collapses runs of blank lines that optional template parts leave behind, outside code blocks.
    static func tidy(_ text: String) -> String {
        var out: [Substring] = []
        var inFence = false
        for line in TidyLines.split(text) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, TidyLines.isBlank(line), out.last.map(TidyLines.isBlank) == true { continue }
            out.append(inFence ? line : TidyLines.trimmingTrailingSpace(line))
        }
        while let last = out.last, TidyLines.isBlank(last) { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}

import Foundation
import Testing

/// Each sample's retrospective page in headless Chromium: on a phone (390 px), on a desktop
/// (1280 px) and printed. Skipped with a note when Chromium is not installed (`make test`
/// installs it). Screenshots and PDFs are kept in `.build/page-check/` for a person to look at.
@Suite struct PageLayoutTests {
    static let samples = ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"]
    static let keep = RetroBinary.root.appendingPathComponent(".build/page-check")

    /// The sample's page, built into a fresh folder.
    static func page(_ sample: String) throws -> (dir: URL, page: URL, html: String) {
        let dir = try RetroBinary.temporaryDirectory()
        let result = try RetroBinary.run(["build", "samples/\(sample)/incident.yaml", "-o", dir.path, "--audience", "internal", "--format", "html"])
        try #require(result.status == 0, "\(result.stderr)")
        let page = dir.appendingPathComponent("retrospective.html")
        return (dir, page, try String(contentsOf: page, encoding: .utf8))
    }

    static var chromium: String? {
        if BrowserCheck.chromium == nil { print("note: Chromium is not installed; the page layout checks are skipped (make test installs it)") }
        return BrowserCheck.chromium
    }

    static let phone = PageCheck.Layout(width: 390, print: false)
    static let desktop = PageCheck.Layout(width: 1280, print: false)
    static let paper = PageCheck.Layout(width: PageCheck.printWidth, print: true)

    @Test(arguments: samples) func readsOnAPhoneADesktopAndPaper(sample: String) throws {
        guard let chromium = Self.chromium else { return }
        let (dir, page, html) = try Self.page(sample)
        defer { try? FileManager.default.removeItem(at: dir) }
        let measured = try PageCheck.measure(html, [Self.phone, Self.desktop, Self.paper], chromium: chromium, in: dir)
        try checkPhone(try #require(measured[Self.phone]))
        try checkDesktop(try #require(measured[Self.desktop]))
        try checkPaper(try #require(measured[Self.paper]), html: html, page: page, sample: sample, chromium: chromium)
        try FileManager.default.createDirectory(at: Self.keep, withIntermediateDirectories: true)
        try PageCheck.screenshot(page, width: 390, height: 12000, to: Self.keep.appendingPathComponent("\(sample)-390.png"), chromium: chromium)
        try PageCheck.screenshot(page, width: 1280, height: 9000, to: Self.keep.appendingPathComponent("\(sample)-1280.png"), chromium: chromium)
    }

    @Test(arguments: samples) func theCustomerSummaryReadsOnAPhoneAndPaper(sample: String) throws {
        guard let chromium = Self.chromium else { return }
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["build", "samples/\(sample)/incident.yaml", "-o", dir.path, "--audience", "customer", "--format", "html"])
        try #require(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("customer-summary.html"), encoding: .utf8)
        let measured = try PageCheck.measure(html, [Self.phone, Self.paper], chromium: chromium, in: dir)
        for (layout, m) in measured {
            #expect(m.scrollWidth <= Double(layout.width), "\(layout): the customer page is \(m.scrollWidth) px wide")
            #expect(m.small.isEmpty, "\(layout): text under \(PageCheck.minimumTextPx) px: \(m.small.prefix(5))")
            #expect(m.overflow.isEmpty, "\(layout): outside the page: \(m.overflow.prefix(5))")
        }
    }

    /// 390 px: readable text, nothing past the viewport, tables as labelled cards, the fishbone as a list.
    func checkPhone(_ m: PageCheck.Measurement) throws {
        #expect(m.width == 390)
        #expect(m.scrollWidth <= 390, "the phone page scrolls sideways: \(m.scrollWidth) px")
        #expect(m.small.isEmpty, "text under \(PageCheck.minimumTextPx) px on a phone: \(m.small.prefix(5))")
        #expect(m.overflow.isEmpty, "outside the phone's viewport: \(m.overflow.prefix(5))")
        #expect(!m.tables.isEmpty)
        #expect(m.tables.allSatisfy { !$0.scrolls }, "a table scrolls sideways on a phone instead of reflowing")
        #expect(m.unlabelled == 0, "\(m.unlabelled) table cells without their column's label")
        #expect(m.fishboneList, "the fishbone is not shown as a list of bones on a phone")
    }

    /// 1280 px: readable text, every column of every table in view, the fishbone as a diagram.
    func checkDesktop(_ m: PageCheck.Measurement) throws {
        #expect(m.width == 1280)
        #expect(m.scrollWidth <= 1280)
        #expect(m.small.isEmpty, "text under \(PageCheck.minimumTextPx) px on a desktop: \(m.small.prefix(5))")
        #expect(m.overflow.isEmpty, "outside the desktop viewport: \(m.overflow.prefix(5))")
        #expect(m.tables.allSatisfy { $0.visibleHeaders == $0.headers.count && !$0.scrolls }, "\(m.tables.filter { $0.visibleHeaders < $0.headers.count })")
        #expect(!m.fishboneList, "the desktop page shows the diagram, not the list")
    }

    /// Print: every column on the page, link targets, the table of contents and the chatter in the PDF.
    func checkPaper(_ m: PageCheck.Measurement, html: String, page: URL, sample: String, chromium: String) throws {
        #expect(m.scrollWidth <= Double(PageCheck.printWidth), "the printed page is wider than A4: \(m.scrollWidth) px")
        #expect(m.overflow.isEmpty, "cut off in print: \(m.overflow.prefix(5))")
        #expect(m.tables.allSatisfy { $0.visibleHeaders == $0.headers.count && !$0.scrolls }, "columns cut off in print: \(m.tables.filter { $0.visibleHeaders < $0.headers.count })")
        let links = Self.outsideLinks(html)
        #expect(m.linkTargets == links.count, "\(m.linkTargets) of \(links.count) links carry their target in print")

        try FileManager.default.createDirectory(at: Self.keep, withIntermediateDirectories: true)
        guard let text = try PageCheck.printText(page, to: Self.keep.appendingPathComponent("\(sample).pdf"), chromium: chromium) else {
            print("note: pdftotext is not installed; the PDF's text is not checked (apt-get install poppler-utils)")
            return
        }
        // pdftotext breaks lines where the page does, and reads a table's cells line by line
        // across the columns: compare without whitespace, and count link targets by their opening.
        let printed = Self.squeezed(text)
        let missingColumns = Set(m.tables.flatMap(\.headers)).filter { !printed.contains(Self.squeezed($0)) }
        #expect(missingColumns.isEmpty, "columns not in the PDF: \(missingColumns.sorted())")
        let printedTargets = printed.components(separatedBy: "<http").count - 1 + printed.components(separatedBy: "<mailto:").count - 1
        #expect(printedTargets == links.count, "\(printedTargets) of \(links.count) link targets printed")
        let tocPrinted = printed.lowercased().contains("contents1.stakeholdermessage")
        #expect(tocPrinted, "the table of contents is not printed")
        if let chatter = Self.firstChatterLine(html) {
            let chatterPrinted = printed.contains(Self.squeezed(chatter))
            #expect(chatterPrinted, "the collapsed chatter is not printed: '\(chatter)'")
        } else {
            Issue.record("the sample has no collapsed chatter to check")
        }
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `href`s that leave the page (http, https, mailto), as written in the HTML.
    static func outsideLinks(_ html: String) -> [String] {
        html.matches(of: /<a href="((?:https?:|mailto:)[^"]*)"/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
    }

    /// The text of the first chatter message inside the collapsed part, without markup.
    static func firstChatterLine(_ html: String) -> String? {
        guard let details = html.range(of: "<details class=\"chatter\">"), let item = html[details.upperBound...].range(of: "<li>"),
            let end = html[item.upperBound...].range(of: "</li>")
        else { return nil }
        let inner = html[item.upperBound..<end.lowerBound].replacing(/<[^>]*>/, with: "")
        // Entities stay as they are in the PDF's text only for & (handled by squeezed); keep the first words.
        return String(inner.prefix(40)).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }
}

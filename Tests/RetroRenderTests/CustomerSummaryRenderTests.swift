import Foundation
import RetroAssemble
import RetroIngest
import RetroModel
import Testing

@testable import RetroRender

@Suite struct CustomerSummaryRenderTests {
    static let sample = RendererTests.root.appendingPathComponent("samples/payments-pool-exhaustion/incident.yaml")

    static func summary(_ incident: Incident) -> (retro: Retrospective, summary: CustomerSummary) {
        let retro = Assembler.assemble(incident)
        return (retro, CustomerSummaryBuilder.build(retro))
    }

    static func render(_ summary: CustomerSummary) throws -> Renderer.CustomerOutput {
        try Renderer(templates: TemplateSet.builtin()).renderCustomer(summary)
    }

    static func at(_ iso: String) -> Date { Timestamp.parse(iso, zone: TimeZone(identifier: "UTC")!)! }

    @Test func goldenMarkdownAndHTML() throws {
        let out = try Self.render(Self.summary(try IncidentFile.load(Self.sample).incident).summary)
        Golden.check(out.markdown, named: "customer-summary.md")
        Golden.check(out.html, named: "customer-summary.html")
    }

    @Test func statedTimesAndDurationMatchTheModel() throws {
        let (retro, summary) = Self.summary(try IncidentFile.load(Self.sample).incident)
        let period = try #require(summary.period)
        // Customers lose service from started to mitigated: the retrospective's time to mitigate.
        #expect(period.seconds == retro.durations.timeToMitigate)
        #expect(period.start == retro.window.started && period.end == retro.window.mitigated)
        let clock = DisplayTime(zone: summary.zone)
        let md = try Self.render(summary).markdown
        let expected = "The disruption lasted \(DisplayTime.longDuration(TimeInterval(period.seconds))), between \(clock.time(period.start)) and \(clock.time(period.end)) CET (Central European Time) on \(clock.longDay(period.start))."
        #expect(md.contains(expected), "\(md)")
        #expect(expected == "The disruption lasted 1 hour 39 minutes, between 10:02 and 11:41 CET (Central European Time) on 14 March 2026.")
        #expect(md.contains("fully resolved at \(clock.time(try #require(retro.window.resolved))) CET."))
        // The internal stakeholder message states the same period.
        let internalMD = Renderer(templates: try TemplateSet.builtin()).markdown(retro, sourceFile: "incident.yaml")
        #expect(internalMD.contains("**Customer impact period.** 2026-03-14 10:02 to 11:41, \(DisplayTime.duration(period.seconds)), from the start of impact to mitigation"))
    }

    /// How a span reads in different zones, across midnight and on a 12-hour clock.
    @Test(arguments: [
        ("Europe/Berlin", "2026-07-01T08:00:00Z", "2026-07-01T09:30:00Z", "between 10:00 and 11:30 CEST (Central European Summer Time) on 1 July 2026"),
        ("America/New_York", "2026-09-17T18:42:00Z", "2026-09-17T20:36:00Z", "between 2:42 PM and 4:36 PM EDT (Eastern Daylight Time) on 17 September 2026"),
        ("UTC", "2026-01-31T23:10:00Z", "2026-02-01T01:20:00Z", "between 23:10 on 31 January 2026 and 01:20 UTC on 1 February 2026"),
        ("Asia/Kathmandu", "2026-06-05T14:05:00Z", "2026-06-05T15:05:00Z", "between 19:50 and 20:50 UTC+05:45"),
        ("Europe/Berlin", "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "between 01:30 CET (Central European Time) on 29 March 2026 and 03:30 CEST (Central European Summer Time) on 29 March 2026"),
    ])
    func spanReadsNaturally(zone: String, start: String, end: String, expected: String) throws {
        var incident = Incident(id: "I-1", title: "t", severity: "SEV2")
        incident.timezone = zone
        incident.window = IncidentWindow(started: Self.at(start), mitigated: Self.at(end))
        let summary = Self.summary(incident).summary
        let sentence = try #require(CustomerSummaryView(summary).periodSentence())
        #expect(sentence.contains(expected), "\(sentence)")
    }

    @Test(arguments: [
        (IncidentWindow(started: at("2026-03-14T09:00:00Z"), mitigated: at("2026-03-14T10:00:00Z"), resolved: at("2026-03-14T11:00:00Z")), "Resolved", "The disruption lasted 1 hour, between 10:00 and 11:00 CET (Central European Time) on 14 March 2026. The incident was fully resolved at 12:00 CET."),
        (IncidentWindow(started: at("2026-03-14T09:00:00Z"), resolved: at("2026-03-14T09:45:00Z")), "Resolved", "The disruption lasted 45 minutes, between 10:00 and 10:45 CET (Central European Time) on 14 March 2026. The incident is resolved."),
        (IncidentWindow(started: at("2026-03-14T09:00:00Z"), mitigated: at("2026-03-14T10:30:00Z")), "Mitigated", "The disruption lasted 1 hour 30 minutes, between 10:00 and 11:30 CET (Central European Time) on 14 March 2026. The service has been working again since then; work to fully resolve the incident continues."),
        (IncidentWindow(started: at("2026-03-14T09:00:00Z")), "Ongoing", "The incident is not resolved yet; this page will be updated."),
    ])
    func statusFollowsTheWindow(window: IncidentWindow, label: String, sentence: String) throws {
        var incident = Incident(id: "I-1", title: "Checkout slow", severity: "SEV2")
        incident.timezone = "Europe/Berlin"
        incident.window = window
        let md = try Self.render(Self.summary(incident).summary).markdown
        #expect(md.contains("**\(label)**"), "\(md)")
        #expect(md.contains(sentence), "\(md)")
    }

    @Test func hostileFieldsAreInertInHTML() throws {
        var incident = Incident(id: "I-1", title: "<script>alert(1)</script> Outage", severity: "SEV1")
        incident.impact.customerStatement = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** https://evil.example/x\n# heading"
        incident.impact.reassurances = ["<iframe src=https://evil.example></iframe>"]
        incident.support = "[help](https://evil.example/phish) <a href=\"https://evil.example\">x</a>"
        var followUp = FollowUp(id: "FU1", title: "t")
        followUp.isPublic = true
        followUp.publicText = "![img](https://evil.example/i.png) <script>alert(2)</script>"
        incident.followUps = [followUp]
        let out = try Self.render(Self.summary(incident).summary)
        for forbidden in ["<script", "<img", "<iframe", "<a href=\"javascript", "href=\"https://evil", "<h1>heading", "<strong>bold"] {
            #expect(!out.html.contains(forbidden), "\(forbidden)")
        }
        // The words survive as text.
        #expect(out.html.contains("javascript:alert(1)"))
        #expect(out.html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Outage"))
        #expect(out.html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    }

    @Test func htmlIsSelfContainedAndCalm() throws {
        let out = try Self.render(Self.summary(try IncidentFile.load(Self.sample).incident).summary)
        for forbidden in ["<script", "<link", "src=\"http", "@import", "url(", "<svg", "class=\"toc\"", "INC-2041", "SEV1"] {
            #expect(!out.html.contains(forbidden), "\(forbidden)")
        }
        #expect(out.html.contains("retro:generated"))
        #expect(out.markdown.contains("retro:generated"))
        #expect(out.html.contains("@media print"))
        let headings = out.markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == ["What happened", "What was not affected", "What is changing", "Getting help"])
    }

    @Test func overrideTemplateReplacesBuiltin() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("retro-cs-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{% CONTENT_TYPE: TEXT}}\nNOTICE {{headline}}\n".write(to: dir.appendingPathComponent("customer-summary.md.mustache"), atomically: true, encoding: .utf8)
        let renderer = Renderer(templates: try TemplateSet.withOverrides(from: dir))
        #expect(renderer.customerMarkdown(Self.summary(Incident(id: "I-1", title: "Checkout slow", severity: "P1")).summary) == "NOTICE Checkout slow\n")
    }

    @Test func sameInputGivesSameBytes() throws {
        let incident = try IncidentFile.load(Self.sample).incident
        let a = try Self.render(Self.summary(incident).summary), b = try Self.render(Self.summary(incident).summary)
        #expect(a == b)
    }
}

import Foundation
import Testing

/// What the built pages do with input that tries to become a link, act on the reader's tab title,
/// or break the error-budget figures.
@Suite struct PageInputTests {
    static func write(_ yaml: String) throws -> URL {
        let dir = try RetroBinary.temporaryDirectory()
        try yaml.write(to: dir.appendingPathComponent("incident.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    static let base = """
        schema: retro/v1
        id: INC-7
        severity: SEV3
        status: resolved
        window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z, resolved: 2026-03-14T11:07:00Z}

        """

    /// An address in a plain field, a Markdown field and a list item: text in the page, never a link.
    @Test func emailAddressesInAnyFieldAreNotLinks() throws {
        let dir = try Self.write(Self.base + """
            title: Checkout failed for some users
            went_well: [Support answered at help@example.com within minutes.]
            technical_analysis: |
              The pool owner, pool-owners@example.com, was paged; see [the runbook](mailto:runbooks@example.com).
            monitoring_gaps: [Alerts to oncall@example.com were not read.]

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["build", "incident.yaml", "--audience", "internal"], cwd: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("retro-out/retrospective.html"), encoding: .utf8)
        #expect(!html.contains("mailto:"), "a mailto: link in the page")
        for address in ["help@example.com", "pool-owners@example.com", "runbooks@example.com", "oncall@example.com"] {
            #expect(html.contains(address), "'\(address)' was dropped")
        }
    }

    /// ESC, BEL and a bidi override in the title reach neither `<title>` nor `<h1>` of either page.
    @Test func titleControlsAreDroppedFromTitleAndHeading() throws {
        let dir = try Self.write(Self.base + """
            title: "Checkout \\e]0;owned\\a down \\u202Efor EU\\e[31m"
            impact: {customer_statement: "If you paid by card, your payment may have failed.", data_loss: false}
            support: Contact support through the help centre.

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try RetroBinary.run(["build", "incident.yaml", "--allow-findings"], cwd: dir)
        #expect(result.status == 0, "\(result.stderr)")
        for page in ["retrospective.html", "customer-summary.html"] {
            let html = try String(contentsOf: dir.appendingPathComponent("retro-out/\(page)"), encoding: .utf8)
            for tag in ["title", "h1"] {
                guard let open = html.range(of: "<\(tag)>"), let close = html.range(of: "</\(tag)>", range: open.upperBound..<html.endIndex) else {
                    Issue.record("\(page) has no <\(tag)>")
                    continue
                }
                let text = html[open.upperBound..<close.lowerBound]
                #expect(text.contains("Checkout"), "\(page) <\(tag)>: \(text)")
                #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(page) <\(tag)> keeps a control: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test(arguments: ["1e-7", "0.5", "1e300", "-30", "4000"])
    func absurdSLOPeriodsAreRefusedAtTheField(_ days: String) throws {
        let dir = try Self.write(Self.base + """
            title: Checkout failed
            sources:
              monitoring:
                - path: metrics.csv
                  slo: {objective: 0.999, threshold: 0.01, period_days: \(days)}

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "timestamp,value\n2026-03-14T09:00:00Z,0.001\n".write(to: dir.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["validate", "incident.yaml"], cwd: dir)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("incident.yaml:10:"), "\(result.stderr)")
        #expect(result.stderr.contains("not between 1 and 3660 days"), "\(result.stderr)")
    }

    @Test(arguments: ["1", "28", "30.5", "3660"])
    func ordinarySLOPeriodsAreAccepted(_ days: String) throws {
        let dir = try Self.write(Self.base + """
            title: Checkout failed
            sources:
              monitoring:
                - path: metrics.csv
                  slo: {objective: 0.999, threshold: 0.01, period_days: \(days)}

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "timestamp,value\n2026-03-14T09:00:00Z,0.001\n".write(to: dir.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let result = try RetroBinary.run(["validate", "incident.yaml"], cwd: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }
}

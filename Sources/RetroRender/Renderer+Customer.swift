import Foundation
import RetroMarkdown
import RetroModel

extension Renderer {
    /// The two files of a customer summary.
    public struct CustomerOutput: Sendable, Equatable {
        public var markdown: String
        public var html: String
    }

    /// The customer summary as Markdown and as a calm, self-contained HTML page.
    public func renderCustomer(_ summary: CustomerSummary) -> CustomerOutput {
        let md = customerMarkdown(summary)
        return CustomerOutput(markdown: md, html: customerHTML(summary, markdown: md))
    }

    /// The customer summary as Markdown (`customer-summary.md`).
    public func customerMarkdown(_ summary: CustomerSummary) -> String {
        Self.tidy(templates.render(CustomerSummaryView(summary).context(), template: "customer-summary.md"))
    }

    /// The customer summary as one HTML page: the Markdown's sections through cmark-gfm in safe
    /// mode, inside its own page template; no scripts, no external requests, a restrictive CSP.
    public func customerHTML(_ summary: CustomerSummary, markdown: String) -> String {
        var context = CustomerSummaryView(summary).context()
        // The page header shows the headline, status and day, so the body starts at the first section.
        context["body"] = CMark.renderHTML(Self.fromFirstSection(markdown))
        return templates.render(context, template: "customer-page.html")
    }
}

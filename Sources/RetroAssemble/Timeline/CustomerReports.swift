import Foundation

/// Finds the first message relaying a customer's report ("customer report from …", "ticket #…").
///
/// A report is its own milestone-like event: it can set the start of impact, and it is not
/// detection, which is the responders' own page or recognition.
enum CustomerReports {
    static let phrases = [
        "customer report", "customers report", "customer says", "customers say", "customer complain", "customers complain",
        "users report", "user reports", "users are reporting", "customers are reporting", "reported by a customer",
        "support ticket", "ticket #", "zendesk", "customer ticket",
    ]

    /// Whether the text relays a report from a customer.
    static func isReport(_ text: String) -> Bool {
        phrases.contains { text.range(of: $0, options: [.caseInsensitive]) != nil }
    }

    /// Reports after this many messages are not looked for when nothing bounds the search in time:
    /// the phrase search costs more than the rest of a message's reading.
    static let messageLimit = 5_000

    /// The first report among human messages up to `until` (messages sorted by time), or among
    /// the first `messageLimit` without a bound.
    static func first(_ items: [ClassifiedMessage], until: Date?) -> ClassifiedMessage? {
        for index in items.indices {
            if let until, items[index].message.at > until { return nil }
            if until == nil, index >= messageLimit { return nil }
            guard items[index].isHuman, items[index].message.kind == .message, !items[index].message.deleted else { continue }
            if isReport(items[index].message.text) { return items[index] }
        }
        return nil
    }
}

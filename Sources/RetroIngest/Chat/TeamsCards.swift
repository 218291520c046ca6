import Foundation

/// The words of the cards that connectors and bots post to Teams (Office 365 connector
/// `MessageCard`s, Adaptive Cards, hero cards), so that an alert posted as a card keeps its text.
enum TeamsCards {
    /// The text of every card attachment, one line per card, in order.
    static func text(of attachments: [Any]) -> String {
        var lines: [String] = []
        for element in attachments {
            guard let attachment = element as? [String: Any],
                  let type = (attachment.anyCase("contentType") as? String)?.lowercased(), type.contains("card") else { continue }
            var content = attachment.anyCase("content")
            // Graph stores the card as a JSON string; exporters sometimes keep it as an object.
            if let string = content as? String, let data = string.data(using: .utf8) {
                content = try? JSONSerialization.jsonObject(with: data)
            }
            var words: [String] = []
            collect(content, into: &words, depth: 0)
            var seen = Set<String>()
            let distinct = words.filter { seen.insert($0).inserted }
            if !distinct.isEmpty { lines.append(distinct.joined(separator: " — ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// Keys whose string values are prose in the card schemas; the rest are ids, URLs and styling.
    private static let textKeys: Set<String> = ["title", "subtitle", "summary", "text", "activitytitle", "activitysubtitle", "activitytext", "name", "value"]

    private static func collect(_ value: Any?, into words: inout [String], depth: Int) {
        guard depth < 12 else { return }
        if let object = value as? [String: Any] {
            for key in object.keys.sorted(by: cardOrder) {
                let lower = key.lowercased()
                if let string = object[key] as? String, textKeys.contains(lower) {
                    // `name`/`value` are facts' label and value; skip what looks like an identifier or a link.
                    let trimmed = HTMLText.convert(string).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty, !trimmed.hasPrefix("http") { words.append(trimmed) }
                } else if lower != "potentialaction", lower != "actions" {
                    collect(object[key], into: &words, depth: depth + 1)
                }
            }
        } else if let array = value as? [Any] {
            for item in array { collect(item, into: &words, depth: depth + 1) }
        }
    }

    /// Titles before summaries before text before anything else, so the card reads top-down.
    private static func cardOrder(_ a: String, _ b: String) -> Bool {
        let rank = ["title": 0, "summary": 1, "activitytitle": 2, "text": 3]
        let ra = rank[a.lowercased()] ?? 9, rb = rank[b.lowercased()] ?? 9
        return ra != rb ? ra < rb : a < b
    }
}

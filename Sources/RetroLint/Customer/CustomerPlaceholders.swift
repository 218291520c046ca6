import Foundation
import RetroModel

/// Placeholders left in the fields the customer summary is built from: a prompt that `retro init`
/// wrote (`TODO: what users experienced`), a template placeholder (`{{impact}}`, `<product>`),
/// or a redaction marker (`[internal host removed]`). Any of them would be published as it is.
public enum CustomerPlaceholders {
    /// A placeholder in one field.
    public struct Finding: Sendable, Equatable {
        /// The field, as a JSON path into the incident file (`$.impact.customer_statement`).
        public var jsonPath: String
        /// The placeholder as written.
        public var match: String
    }

    /// Every customer field of `incident` that holds a placeholder, with the first one found in it.
    public static func find(in incident: Incident) -> [Finding] {
        var fields: [(String, String?)] = [("$.title", incident.title), ("$.impact.customer_statement", incident.impact.customerStatement)]
        fields += incident.impact.reassurances.enumerated().map { ("$.impact.reassurances[\($0.offset)]", $0.element) }
        fields += incident.followUps.enumerated().filter { $0.element.isPublic }.map { ("$.follow_ups[\($0.offset)].public_text", $0.element.publicText) }
        fields.append(("$.support", incident.support))
        let pattern = expression()
        return fields.compactMap { path, value in
            guard let value, let match = placeholder(in: value, pattern: pattern) else { return nil }
            return Finding(jsonPath: path, match: match)
        }
    }

    /// The first placeholder in `text`, read after folding, so `T\u{200B}ODO` is one too.
    static func placeholder(in text: String, pattern: NSRegularExpression = expression()) -> String? {
        let folded = FoldedText(text).text
        let ns = folded as NSString
        if let match = pattern.firstMatch(in: folded, range: NSRange(location: 0, length: ns.length)) {
            return ns.substring(with: match.range)
        }
        return markers.first { folded.localizedCaseInsensitiveContains($0) }
    }

    /// Prompt words, template syntax (`{{x}}`, `${x}`, `<product name>`, `<PRODUCT>`, but not an
    /// HTML tag such as `<b>`, which is shown as text) and the scaffold's own example sentence.
    /// Compiled per use, not shared: corelibs Foundation's NSRegularExpression is not safe to match
    /// from two threads at once.
    static func expression() -> NSRegularExpression {
        let sources = [
            #"\b(?:TODO|TBD|TBC|FIXME|XXX|TKTK|REDACTED)\b"#, #"\{\{.*?\}\}"#, #"\$\{[^}]*\}"#, #"<[A-Za-z][A-Za-z-]*(?: [A-Za-z-]+)+>"#, #"<[A-Z][A-Z_]+>"#,
            #"\[(?:[^\]]{0,40}\b(?:redacted|removed|placeholder|insert|fill in)\b[^\]]{0,40})\]"#, #"(?i)\blorem ipsum\b"#,
            #"\bX to do Y\b"#, #"\bYYYY-MM-DD\b"#,
        ]
        // A constant pattern: the placeholder tests compile and use it.
        return try! NSRegularExpression(pattern: sources.joined(separator: "|"))
    }

    /// What redaction writes in place of a span, whatever its brackets became.
    static let markers: [String] = SensitiveKind.allCases.map { $0.placeholder.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
}

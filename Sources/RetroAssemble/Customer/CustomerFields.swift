import RetroModel

/// The incident's customer fields without the invisible characters that split a word for a
/// scanner while it reads whole to a customer: zero-width and soft hyphens, U+034F, word
/// joiners, byte-order marks and bidi controls. Redaction then sees `xoxb-…\u{200B}…` as the one
/// token it is, instead of removing its first half and publishing the rest.
///
/// Joiners that change how a text looks (ZWJ and ZWNJ in emoji and in Persian or Hindi, variation
/// selectors, tag characters of flags) are kept.
public enum CustomerFields {
    public static func withoutInvisibles(_ incident: Incident) -> Incident {
        var copy = incident
        copy.title = clean(incident.title)
        copy.impact.customerStatement = incident.impact.customerStatement.map(clean)
        copy.impact.reassurances = incident.impact.reassurances.map(clean)
        copy.support = incident.support.map(clean)
        for index in copy.followUps.indices {
            copy.followUps[index].publicText = copy.followUps[index].publicText.map(clean)
        }
        return copy
    }

    /// Scalars that are never seen and never change how their neighbours look.
    static let invisible: Set<UInt32> = [
        0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
        0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
    ]

    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { invisible.contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !invisible.contains($0.value) })
        return String(scalars)
    }
}

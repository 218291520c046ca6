import Foundation
import RetroModel

/// Who appears in an incident and what each person is called once names are redacted: their
/// incident role ("the incident commander") when they alone hold it, otherwise "Responder A",
/// "Responder B"… in order of first appearance.
///
/// The order is that of chat messages (authors, then people they mention), alerts and timeline
/// events merged by time, then the incident file's list of people, so the same inputs always give
/// the same pseudonyms.
public struct PseudonymTable: Sendable {
    /// Normalized key (id, name, alias, handle, first name) → label.
    private var labels: [String: String] = [:]
    /// Every key as written, for the scanner that finds names in free text.
    public private(set) var names: [String] = []

    public init(incident: Incident, inputs: AssemblyInputs) {
        var registry = PersonRegistry()
        for person in incident.people {
            registry.add([person.id, person.name] + person.aliases, role: person.roles.first)
        }
        registry.addFirstNames()

        // Each list of keys in input order, with when it appeared. Appearing again under the same
        // keys changes nothing once a person has appeared (when some key is non-empty), so each
        // distinct list keeps only its earliest appearance: a 100k-message export has a few hundred.
        var appearances: [(at: Date, order: Int, keys: [String])] = []
        var earliest: [[String]: (index: Int, repeatable: Bool)] = [:]
        var noted = 0
        func note(_ at: Date, _ keys: [String]) {
            let order = noted
            noted += 1
            if let seen = earliest[keys], seen.repeatable {
                if at < appearances[seen.index].at { appearances[seen.index] = (at, order, keys) }
                return
            }
            earliest[keys] = (appearances.count, keys.contains { !Self.normalize($0).isEmpty })
            appearances.append((at, order, keys))
        }
        // Exports repeat texts (bots, templates): each distinct one that can hold a mention is scanned once.
        var handlesOf: [String: [[String]]] = [:]
        let scanner = SensitiveScanner()
        func handles(in text: String) -> [[String]] {
            guard Self.mayMention(text) else { return [] }
            if let known = handlesOf[text] { return known }
            let found = Self.handles(in: text, scanner: scanner).map { [$0] }
            handlesOf[text] = found
            return found
        }
        for message in inputs.messages where !message.bot && message.kind == .message {
            for keys in [[message.author.id, message.author.name]] + handles(in: message.text) { note(message.at, keys) }
        }
        // Actors are people only when known or shaped like a name: not "checkout", "On-call" or "Grafana".
        func isPerson(_ actor: String) -> Bool { registry.knows(actor) || SensitiveVocabulary.looksLikePersonName(actor) }
        for alert in inputs.alerts {
            if let actor = alert.actor, isPerson(actor) { note(alert.at, [actor]) }
        }
        for event in inputs.annotations + incident.timeline {
            if let actor = event.actor, isPerson(actor) { note(event.at, [actor]) }
        }
        for appearance in appearances.sorted(by: { ($0.at, $0.order) < ($1.at, $1.order) }) {
            registry.appear(appearance.keys)
        }
        for person in incident.people { registry.appear([person.id]) }
        // Chat participants the incident file does not list are found by first name too.
        registry.addFirstNames()

        labels = registry.labels(role: Self.roleLabel, pseudonym: { "Responder " + Self.letters($0) })
        names = registry.names.filter { Self.normalize($0).count >= 2 && SensitiveVocabulary.canName($0) }
    }

    /// The label for a name, id, alias or `@handle`; nil when the person is unknown.
    public func label(for name: String) -> String? {
        labels[Self.normalize(name)]
    }

    /// "incident_commander" → "the incident commander".
    static func roleLabel(_ role: String) -> String {
        let known = [
            "incident_commander": "incident commander", "ic": "incident commander", "comms_lead": "communications lead",
            "communications_lead": "communications lead", "ops_lead": "operations lead", "operations_lead": "operations lead",
            "sme": "subject-matter expert", "subject_matter_expert": "subject-matter expert", "scribe": "scribe",
        ]
        let key = role.lowercased()
        return "the " + (known[key] ?? key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " "))
    }

    /// A, B, … Z, AA, AB, …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
    }

    /// `@dana`, `<@U123>` and `<@U123|dana>` as the id or handle they name.
    static func handles(in text: String, scanner: SensitiveScanner = SensitiveScanner()) -> [String] {
        guard mayMention(text) else { return [] }
        return scanner.scan(text, kinds: [.handle]).map { handleKey($0.text) }
    }

    /// Both mention shapes hold an `@`; most messages have none and skip the scanner.
    static func mayMention(_ text: String) -> Bool { text.utf8.contains(UInt8(ascii: "@")) }


    static func handleKey(_ mention: String) -> String {
        var text = mention
        if text.hasPrefix("<@") {
            text = String(text.dropFirst(2).dropLast())
            return String(text.split(separator: "|").first ?? "")
        }
        while text.hasPrefix("@") { text.removeFirst() }
        return text
    }

    static func normalize(_ name: String) -> String {
        var text = name.lowercased().trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("@") { text.removeFirst() }
        return text
    }
}
